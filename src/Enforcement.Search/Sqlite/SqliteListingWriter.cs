using Enforcement.Search.Folding;
using Microsoft.Data.Sqlite;

namespace Enforcement.Search.Sqlite;

/// <summary>
/// Writes documents through three commands prepared once and reused for every row of a transaction:
/// the filter row, the original text, and the folded text FTS5 indexes.
/// </summary>
internal sealed class SqliteListingWriter : IDisposable
{
    private readonly SqliteCommand _listing;
    private readonly SqliteCommand _text;
    private readonly SqliteCommand _fts;

    // replace: false when the tables are known not to hold the ids (a rebuild): plain inserts skip a lookup each.
    public SqliteListingWriter(SqliteConnection connection, SqliteTransaction transaction, bool replace = true)
    {
        var insert = replace ? "INSERT OR REPLACE" : "INSERT";
        _listing = Prepare(connection, transaction, $"""
            {insert} INTO SearchListings (Id, Platform, Brand, Seller, Province, Ward, Price, Risk, RiskBand, Status, FirstSeen, LastSeen)
            VALUES ($id, $platform, $brand, $seller, $province, $ward, $price, $risk, $band, $status, $first, $last)
            """, "$id", "$platform", "$brand", "$seller", "$province", "$ward", "$price", "$risk", "$band", "$status", "$first", "$last");
        _text = Prepare(connection, transaction,
            $"{insert} INTO SearchListingTexts (Id, Title, Description) VALUES ($id, $title, $description)",
            "$id", "$title", "$description");
        _fts = Prepare(connection, transaction,
            $"{insert} INTO SearchListingsFts (rowid, title, description, brand) VALUES ($id, $title, $description, $brand)",
            "$id", "$title", "$description", "$brand");
    }

    /// <summary>Why the index cannot hold <paramref name="d"/>, or null when it can.</summary>
    public static string? Refusal(ListingDocument d) =>
        string.IsNullOrWhiteSpace(d.Platform) ? "platform is required"
        : d.Title is null ? "title is required"
        : string.IsNullOrWhiteSpace(d.RiskBand) ? "riskBand is required"
        : string.IsNullOrWhiteSpace(d.Status) ? "status is required"
        : null;

    public void Write(ListingDocument d)
    {
        Set(_listing, d.Id, d.Platform, d.Brand, d.Seller, d.Province, d.Ward, d.Price, d.Risk, d.RiskBand, d.Status,
            SqliteTime.ToMicros(d.FirstSeen), SqliteTime.ToMicros(d.LastSeen));
        _listing.ExecuteNonQuery();
        Set(_text, d.Id, d.Title, d.Description);
        _text.ExecuteNonQuery();
        Set(_fts, d.Id, VietnameseFolding.Fold(d.Title), VietnameseFolding.Fold(d.Description), VietnameseFolding.Fold(d.Brand));
        _fts.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _listing.Dispose();
        _text.Dispose();
        _fts.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}

/// <summary>Times as microseconds since 1970 UTC: exact in a double, so they survive a cursor unchanged;
/// truncation keeps order, so filters compare converted values too.</summary>
internal static class SqliteTime
{
    public static long ToMicros(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();
        return (utc.Ticks - DateTime.UnixEpoch.Ticks) / 10;
    }
}
