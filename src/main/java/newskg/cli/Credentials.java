package newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --user NAME --password-file FILE}, shared by the commands that let a user write
 * ({@code serve}) and that write as one ({@code build --server}): HTTP basic authentication, the
 * password read from the file's first line, never from the command line.
 */
public final class Credentials {
    @Option(names = "--user", paramLabel = "NAME",
            description = "The user who writes (serve --allow-update/--allow-ingest, build --server).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is that user's password.")
    Path passwordFile;

    /** True when either option was given. */
    boolean any() {
        return user != null || passwordFile != null;
    }

    /** True when both were given. */
    boolean both() {
        return user != null && passwordFile != null;
    }

    String user() {
        return user;
    }

    /**
     * The password in the file.
     *
     * @throws ParameterException when the file cannot be read or its first line is empty
     */
    String password(CommandLine cl) {
        String text;
        try {
            text = Files.readString(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(cl, "--password-file " + passwordFile + ": cannot read it (" + e.getMessage()
                    + ")");
        }
        String password = text.lines().findFirst().orElse("");
        if (password.isEmpty()) {
            throw new ParameterException(cl, "--password-file " + passwordFile
                    + ": the first line (the password) is empty");
        }
        return password;
    }
}
