namespace Enforcement.Search.Postgres;

/// <summary>
/// The DDL of the search table. "Document" is stored, computed on write from the words C# folded (so query
/// words and indexed words agree) through the IMMUTABLE unaccent wrapper; the folded words themselves are not
/// kept, which keeps rows narrow: a search reads the row of every match.
/// </summary>
internal static class PostgresSchema
{
    public const string Table = "SearchListings";
    public const string RebuildTable = "SearchListingsRebuild";
    public const string RetiredTable = "SearchListingsRetired";

    /// <summary>Extensions and the wrapper: unaccent() itself is only STABLE (its dictionary could change).</summary>
    public const string Extensions = """
        SELECT pg_advisory_xact_lock(74201901);
        CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
        CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
        DO $$ BEGIN
            IF to_regprocedure('public.f_unaccent(text)') IS NULL THEN
                CREATE FUNCTION public.f_unaccent(text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $f$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $f$;
            END IF;
        END $$;
        """;

    /// <summary>The tsvector of a row from its folded words: title weighs A, brand B, description C.</summary>
    public const string Document = """
        setweight(to_tsvector('simple', public.f_unaccent(title_words)), 'A') ||
        setweight(to_tsvector('simple', public.f_unaccent(brand_words)), 'B') ||
        setweight(to_tsvector('simple', public.f_unaccent(description_words)), 'C')
        """;

    public static string CreateTable(string table) => $"""
        CREATE TABLE IF NOT EXISTS "{table}" (
            "Id" bigint NOT NULL,
            "Platform" text NOT NULL,
            "Title" text NOT NULL,
            "Description" text,
            "Brand" text,
            "Category" text,
            "Seller" text,
            "SellerName" text,
            "Province" text,
            "Ward" text,
            "Price" bigint,
            "Risk" integer NOT NULL,
            "RiskBand" text NOT NULL,
            "Status" text NOT NULL,
            "FirstSeen" timestamp with time zone NOT NULL,
            "LastSeen" timestamp with time zone NOT NULL,
            "Document" tsvector NOT NULL,
            CONSTRAINT "{table}_pkey" PRIMARY KEY ("Id")
        );
        """;

    /// <summary>Index name suffix and definition; built after a bulk load when rebuilding (faster than row by row).</summary>
    public static readonly (string Suffix, string Definition)[] Indexes =
    [
        ("Document", """USING gin ("Document")"""),
        ("Platform", """("Platform")"""),
        ("Brand", """("Brand")"""),
        ("Seller", """("Seller")"""),
        ("RiskBand", """("RiskBand")"""),
        ("Status", """("Status")"""),
        ("Province", """("Province", "Ward")"""),
        ("Price", """("Price", "Id")"""),
        ("Risk", """("Risk" DESC, "Id")"""),
        ("FirstSeen", """("FirstSeen" DESC, "Id")"""),
        ("LastSeen", """("LastSeen")"""),
    ];

    public static string CreateIndexes(string table) => string.Join("\n", Indexes.Select(i =>
        $"""CREATE INDEX IF NOT EXISTS "{table}_{i.Suffix}" ON "{table}" {i.Definition};"""));

    /// <summary>Swaps the rebuilt table in: one short transaction, so readers see the old copy or the new one.</summary>
    public static string Swap() =>
        $"""
        LOCK TABLE "{Table}" IN ACCESS EXCLUSIVE MODE;
        ALTER TABLE "{Table}" RENAME TO "{RetiredTable}";
        ALTER TABLE "{RetiredTable}" RENAME CONSTRAINT "{Table}_pkey" TO "{RetiredTable}_pkey";
        {string.Join("\n", Indexes.Select(i => $"""ALTER INDEX "{Table}_{i.Suffix}" RENAME TO "{RetiredTable}_{i.Suffix}";"""))}
        ALTER TABLE "{RebuildTable}" RENAME TO "{Table}";
        ALTER TABLE "{Table}" RENAME CONSTRAINT "{RebuildTable}_pkey" TO "{Table}_pkey";
        {string.Join("\n", Indexes.Select(i => $"""ALTER INDEX "{RebuildTable}_{i.Suffix}" RENAME TO "{Table}_{i.Suffix}";"""))}
        DROP TABLE "{RetiredTable}";
        """;
}
