package newskg.query;

import java.util.Locale;

/** Output formats of query results: SELECT/ASK tables, or RDF for CONSTRUCT/DESCRIBE. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML, TTL, NT, JSONLD, RDFXML;

    /** Parses a user's format name ({@code csv}, {@code ttl}, ...), case-insensitive. */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (use table, csv, tsv, json, xml, ttl, nt, jsonld)");
        }
    }
}
