using System.Data.Common;
using System.Text;
using Enforcement.Api.Data;
using Enforcement.Api.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Listings.Import;

/// <summary>
/// The one way listings get in (the API, the command line, evidence captures): validate each line, write valid
/// lines in batches, each batch one transaction. A batch the database refuses is retried line by line, so only
/// the guilty line is reported and the rest still land. Upserts by (platform, listing id): re-importing is harmless.
/// </summary>
internal sealed class ListingImporter(
    EnforcementDbContext db, IOptions<ListingsOptions> options, TimeProvider clock, Indexing.ListingIndexSignal indexer, ILogger<ListingImporter> logger)
{
    public const string SourceImport = "import";
    public const string SourceCapture = "capture";

    private readonly HashSet<string> _platforms = options.Value.Platforms.Select(p => p.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public async Task<ImportReport> ImportAsync(Stream input, ImportFormat format, CancellationToken ct)
    {
        using var text = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var lines = format == ImportFormat.Csv ? CsvListingReader.ReadAsync(text, ct) : NdjsonListingReader.ReadAsync(text, ct);
        return await ImportAsync(lines, SourceImport, ct);
    }

    public async Task<ImportReport> ImportAsync(IAsyncEnumerable<RawListing> lines, string source, CancellationToken ct)
    {
        var report = new ImportReport();
        var validator = new ListingLineValidator(_platforms);
        var batch = new List<ListingRow>(options.Value.BatchSize);
        var keys = new HashSet<(string, string)>();
        var errors = new List<ImportError>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var writer = new ListingBatchWriter(db.Database.GetDbConnection(), source);
            await foreach (var raw in lines.WithCancellation(ct))
            {
                report.Received++;
                errors.Clear();
                if (validator.Validate(raw, errors) is not { } row)
                {
                    report.Reject(errors);
                    continue;
                }
                // One statement cannot upsert the same listing twice: a repeat starts the next batch.
                if (batch.Count >= options.Value.BatchSize || keys.Contains((row.Platform, row.ListingId)))
                {
                    await FlushAsync(writer, batch, report, ct);
                    keys.Clear();
                }
                batch.Add(row);
                keys.Add((row.Platform, row.ListingId));
            }
            await FlushAsync(writer, batch, report, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return report;
    }

    /// <summary>Writes one line (a capture's listing) in the caller's transaction; null when the facts do not make a valid listing.</summary>
    public async Task<WrittenRow?> UpsertInCurrentTransactionAsync(RawListing raw, string source, CancellationToken ct)
    {
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Call inside the caller's transaction.");
        if (new ListingLineValidator(_platforms).Validate(raw, []) is not { } row) return null;
        var writer = new ListingBatchWriter(db.Database.GetDbConnection(), source);
        var written = await writer.WriteAsync([row], tx.GetDbTransaction(), clock.GetUtcNow().UtcDateTime, ct);
        return written[0];
    }

    private async Task FlushAsync(ListingBatchWriter writer, List<ListingRow> batch, ImportReport report, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        if (await TryWriteAsync(writer, batch, ct) is { } written)
        {
            foreach (var w in written) report.Count(w.Outcome);
        }
        else
        {
            foreach (var row in batch)
            {
                if (await TryWriteAsync(writer, [row], ct) is { } one) report.Count(one[0].Outcome);
                else report.Reject([new ImportError(row.Line, null, Text.Get("listings.error.database"))]);
            }
        }
        batch.Clear();
    }

    private async Task<List<WrittenRow>?> TryWriteAsync(ListingBatchWriter writer, List<ListingRow> rows, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var written = await writer.WriteAsync(rows, tx.GetDbTransaction(), clock.GetUtcNow().UtcDateTime, ct);
            await tx.CommitAsync(ct);
            indexer.Notify();
            return written;
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "The database refused {Count} listing line(s) from line {Line}", rows.Count, rows[0].Line);
            await tx.RollbackAsync(CancellationToken.None);
            return null;
        }
    }
}
