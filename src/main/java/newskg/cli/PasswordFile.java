package newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code --password-file FILE} of the commands that log in or let a user log in: its first line. */
final class PasswordFile {
    private PasswordFile() {
    }

    /**
     * The password in {@code file}.
     *
     * @throws ParameterException when the file cannot be read or its first line is empty
     */
    static String read(CommandLine cl, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(cl, "--password-file " + file + ": cannot read it (" + e.getMessage() + ")");
        }
        String password = text.lines().findFirst().orElse("");
        if (password.isEmpty()) {
            throw new ParameterException(cl, "--password-file " + file + ": the first line (the password) is empty");
        }
        return password;
    }
}
