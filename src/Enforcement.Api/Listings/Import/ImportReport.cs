using System.Text.Json.Serialization;

namespace Enforcement.Api.Listings.Import;

/// <summary>The per-line answer of an import: counts, then each problem with its line and field.</summary>
public sealed class ImportReport
{
    public const int MaxErrors = 1000;

    public int Received { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    public List<ImportError> Errors { get; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ErrorsTruncated { get; set; }

    internal void Reject(IEnumerable<ImportError> errors)
    {
        Rejected++;
        foreach (var error in errors)
        {
            if (Errors.Count < MaxErrors) Errors.Add(error);
            else ErrorsTruncated = true;
        }
    }

    internal void Count(RowOutcome outcome)
    {
        switch (outcome)
        {
            case RowOutcome.Inserted: Inserted++; break;
            case RowOutcome.Updated: Updated++; break;
            default: Unchanged++; break;
        }
    }
}
