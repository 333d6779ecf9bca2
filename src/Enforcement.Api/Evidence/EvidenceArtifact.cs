namespace Enforcement.Api.Evidence;

/// <summary>One file of a capture (screenshot, PDF, MHTML, DOM, text, HAR, WARC), kept in the content-addressed store.</summary>
internal sealed class EvidenceArtifact
{
    public long Id { get; set; }
    public long CaptureId { get; set; }
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required string MediaType { get; set; }
    public required string Sha256 { get; set; }
    public long Size { get; set; }
}
