using System.Text.Json;

namespace Enforcement.Api.Evidence.Read;

/// <summary>A capture as staff see it: status, files with their hashes, what was found on the listing, and the custody log.</summary>
public sealed record EvidenceView(
    long Id, string CaseCode, string Status, string? FailureReason, string RequestedUrl, string? FinalUrl, string RequestedBy,
    DateTime RequestedAt, DateTime? CompletedAt, int Attempts, long? PreviousId, string? ManifestSha256, string? SigningKeyFingerprint, bool Timestamped,
    IReadOnlyList<ArtifactView> Artifacts, JsonElement? Listing, IReadOnlyList<CustodyView> Custody);

public sealed record ArtifactView(string Kind, string FileName, string MediaType, string Sha256, long Size, string Url);

public sealed record CustodyView(int Sequence, string Action, string Actor, DateTime At, string? Reason, string Hash);
