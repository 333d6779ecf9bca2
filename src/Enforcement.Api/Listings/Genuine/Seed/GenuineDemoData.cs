using System.Text;
using Enforcement.Api.Data;
using Enforcement.Api.Listings.Genuine.Import;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine.Seed;

/// <summary>
/// Demo reference data, kept as an import file (Seed/genuine-demo.ndjson) and loaded through the importer, so the
/// demo data passes the same rules as anyone's import.
/// </summary>
internal static class GenuineDemoData
{
    public const string ResourceName = "genuine-demo.ndjson";

    /// <summary>Loads the demo file when there is no brand yet; a refused line is a bug in the file.</summary>
    public static async Task SeedAsync(EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Set<Brand>().AnyAsync(ct)) return;
        await using var stream = typeof(GenuineDemoData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var report = await new GenuineImporter(db, clock).ImportAsync(reader, ct);
        if (report.Rejected > 0)
            throw new InvalidOperationException("Demo genuine-product data refused: " + string.Join("; ", report.Errors.Select(e => $"line {e.Line} {e.Field}: {e.Reason}")));
    }
}
