package newskg.resolve;

/** Test access to the resolver's package-private acronym check. */
public final class EntityResolverAccess {
    private EntityResolverAccess() {
    }

    public static boolean abbreviates(String acronym, String name) {
        return EntityResolver.abbreviates(acronym, name);
    }
}
