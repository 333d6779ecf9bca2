namespace Enforcement.Api.Evidence;

/// <summary>
/// One link of an evidence item's chain of custody (nhật ký lưu giữ chứng cứ): who did what, when and why,
/// and the previous entry's hash. Append-only: the database refuses updates and deletes.
/// </summary>
internal sealed class CustodyEntry
{
    public long Id { get; set; }
    public long CaptureId { get; set; }
    public int Sequence { get; set; }
    public required string Action { get; set; }
    public required string Actor { get; set; }
    public DateTime At { get; set; }
    public string? Reason { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

internal static class CustodyActions
{
    public const string Captured = "captured";
    public const string Viewed = "viewed";
    public const string Downloaded = "downloaded";
    public const string Exported = "exported";
    public const string HandedOff = "handed_off";
}
