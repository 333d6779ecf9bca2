namespace Enforcement.Search.Sqlite;

/// <summary>
/// The index's tables in the app's own database, all prefixed "Search". Filter, facet and sort columns live in a
/// narrow table so facet counts over large match sets scan little; the original text (for highlights) sits apart;
/// FTS5 indexes folded text only (contentless: it never hands text back, so it need not store it). A prefix index
/// for two letters only: type-ahead on two letters would otherwise merge many doclists; longer prefixes match few
/// words, and each prefix length indexed costs about a fifth more indexing time.
/// </summary>
internal static class SqliteSchema
{
    public const string Tables = """
        CREATE TABLE IF NOT EXISTS SearchListings (
            Id INTEGER PRIMARY KEY,
            Platform TEXT NOT NULL,
            Brand TEXT,
            Seller TEXT,
            Province TEXT,
            Ward TEXT,
            Price INTEGER,
            Risk INTEGER NOT NULL,
            RiskBand TEXT NOT NULL,
            Status TEXT NOT NULL,
            FirstSeen INTEGER NOT NULL,
            LastSeen INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS SearchListingTexts (
            Id INTEGER PRIMARY KEY,
            Title TEXT NOT NULL,
            Description TEXT
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS SearchListingsFts USING fts5(
            title, description, brand,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2'
        );
        """;

    /// <summary>Facet columns (each index alone covers its GROUP BY) and sort keys (ties by id come free: rowid ascending).</summary>
    public const string Indexes = """
        CREATE INDEX IF NOT EXISTS SearchListings_Platform ON SearchListings (Platform);
        CREATE INDEX IF NOT EXISTS SearchListings_Brand ON SearchListings (Brand);
        CREATE INDEX IF NOT EXISTS SearchListings_Seller ON SearchListings (Seller);
        CREATE INDEX IF NOT EXISTS SearchListings_RiskBand ON SearchListings (RiskBand);
        CREATE INDEX IF NOT EXISTS SearchListings_Risk ON SearchListings (Risk DESC);
        CREATE INDEX IF NOT EXISTS SearchListings_FirstSeen ON SearchListings (FirstSeen DESC);
        CREATE INDEX IF NOT EXISTS SearchListings_PriceAsc ON SearchListings (COALESCE(Price, 9223372036854775807));
        CREATE INDEX IF NOT EXISTS SearchListings_PriceDesc ON SearchListings (COALESCE(Price, -1) DESC);
        """;

    public const string DropIndexes = """
        DROP INDEX IF EXISTS SearchListings_Platform;
        DROP INDEX IF EXISTS SearchListings_Brand;
        DROP INDEX IF EXISTS SearchListings_Seller;
        DROP INDEX IF EXISTS SearchListings_RiskBand;
        DROP INDEX IF EXISTS SearchListings_Risk;
        DROP INDEX IF EXISTS SearchListings_FirstSeen;
        DROP INDEX IF EXISTS SearchListings_PriceAsc;
        DROP INDEX IF EXISTS SearchListings_PriceDesc;
        """;

    public const string Clear = """
        DELETE FROM SearchListings;
        DELETE FROM SearchListingTexts;
        INSERT INTO SearchListingsFts (SearchListingsFts) VALUES ('delete-all');
        """;

    /// <summary>bm25 column weights (title, description, brand): a title match outranks a description match.</summary>
    public const string Rank = "bm25(SearchListingsFts, 10.0, 1.0, 4.0)";
}
