using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine.Import;

/// <summary>
/// Upserts NDJSON lines by natural key (brand name; brand + product name; brand + platform + seller id). The import is
/// one transaction and each line is saved on its own savepoint, so a refused line leaves nothing behind and stops nothing.
/// </summary>
internal sealed class GenuineImporter(EnforcementDbContext db, TimeProvider clock)
{
    public const int MaxLines = 10_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ImportReport> ImportAsync(TextReader reader, CancellationToken ct)
    {
        int received = 0, inserted = 0, updated = 0, number = 0;
        var errors = new List<ImportError>();
        var rejected = new HashSet<int>();
        var changed = new HashSet<long>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            number++;
            if (TextRules.IsBlank(text)) continue;
            if (received == MaxLines)
            {
                errors.Add(new ImportError(number, "$", Text.Format("genuine.import.tooManyLines", MaxLines)));
                rejected.Add(number);
                break;
            }
            received++;
            var outcome = await ImportLineAsync(text, number, errors, ct);
            if (outcome is { } done)
            {
                if (done.Inserted) inserted++; else updated++;
                changed.Add(done.BrandId);
            }
            else rejected.Add(number);
        }
        foreach (var id in changed) await GenuineChanges.BrandChangedAsync(db, id, ct);
        await tx.CommitAsync(ct);
        return new ImportReport(received, inserted, updated, rejected.Count, errors);
    }

    private async Task<(bool Inserted, long BrandId)?> ImportLineAsync(string text, int number, List<ImportError> errors, CancellationToken ct)
    {
        ImportLine? line;
        try
        {
            line = JsonSerializer.Deserialize<ImportLine>(text, Json);
        }
        catch (JsonException ex)
        {
            // Broken syntax (the reader's error inside) is the whole line's fault; a value of the wrong type is its field's.
            var field = ex.InnerException is not JsonException && ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";
            errors.Add(new ImportError(number, field, Text.Get(field == "$" ? "genuine.import.json" : "error.json")));
            return null;
        }
        if (line is null)
        {
            errors.Add(new ImportError(number, "$", Text.Get("genuine.import.json")));
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var result = line.Kind?.Trim().ToLowerInvariant() switch
        {
            "brand" => await ImportRows.BrandAsync(db, line, now, ct),
            "product" => await ImportRows.ProductAsync(db, line, now, ct),
            "seller" => await ImportRows.SellerAsync(db, line, now, ct),
            _ => ImportRows.Refused("kind", Text.Get("genuine.import.kind")),
        };
        if (result.Errors is { } lineErrors)
        {
            errors.AddRange(lineErrors.SelectMany(e => e.Value.Select(reason => new ImportError(number, e.Key, reason))));
            return null;
        }
        try
        {
            // Inside our transaction EF Core saves on a savepoint and rolls back to it if the database refuses.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors.Add(new ImportError(number, "$", Text.Get("genuine.conflict")));
            return null;
        }
        return (result.Inserted, result.BrandId());
    }
}
