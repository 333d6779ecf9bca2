using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Packaging;

/// <summary>
/// Everything an export needs. <c>ManifestJson</c> and <c>Signature</c> are the stored bytes, not re-serialized;
/// <c>Timestamp</c>, when present, is an RFC 3161 token over <c>ManifestJson</c>.
/// </summary>
public sealed record PackageInput(EvidenceManifest Manifest, byte[] ManifestJson, byte[] Signature, string PublicKeyPem,
    IReadOnlyList<CustodyRecord> Custody, Func<ManifestArtifact, Stream> Open, byte[]? Timestamp);
