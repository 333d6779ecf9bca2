using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence.Custody;
using Enforcement.Api.Localization;
using Enforcement.Evidence;
using Enforcement.Evidence.Capture;
using Enforcement.Evidence.Integrity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Evidence.Capture;

/// <summary>
/// One leased request: capture the page, put every file in the write-once store, sign the manifest, then
/// record it all in one transaction, if the lease is still ours. A failure is retried with backoff.
/// </summary>
internal sealed class CaptureProcessor(
    EnforcementDbContext db, IWebCapturer capturer, IEvidenceStore store, EvidenceKeys keys, IOptions<EvidenceOptions> evidence,
    IOptions<CaptureQueueOptions> queue, Listings.Capture.CaptureListingIngest listings, TimeProvider clock, ILogger<CaptureProcessor> logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(long id, string lease, CancellationToken ct)
    {
        var capture = await db.Set<EvidenceCapture>().AsNoTracking().SingleAsync(c => c.Id == id, ct);
        if (capture.Attempts > evidence.Value.MaxAttempts)
        {
            await FailAsync(capture, lease, Text.Get("evidence.crashed"), retryable: false);
            return;
        }
        var reference = await db.Complaints.Where(c => c.Id == capture.ComplaintId).Select(c => c.TrackingCode).SingleAsync(ct);
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"enforcement-capture-{id}-{Guid.NewGuid():N}"));
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(TimeSpan.FromSeconds(evidence.Value.CaptureTimeoutSeconds + 30));
            var page = await capturer.CaptureAsync(new CaptureRequest(new Uri(capture.RequestedUrl), capture.RequestedBy, reference), work.FullName, limit.Token);
            await SealAsync(capture, lease, page, ct);
        }
        catch (CaptureFailedException ex)
        {
            await FailAsync(capture, lease, ex.Reason, ex.Retryable);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Capture {Id} of {Url} failed", id, capture.RequestedUrl);
            await FailAsync(capture, lease, Text.Get("evidence.unexpected"), retryable: true);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a temp folder; the OS cleans it */ }
        }
    }

    private async Task SealAsync(EvidenceCapture capture, string lease, CapturedPage page, CancellationToken ct)
    {
        var artifacts = new List<ManifestArtifact>();
        foreach (var file in page.Files)
        {
            await using var content = File.OpenRead(file.Path);
            var blob = await store.PutAsync(content, ct);
            artifacts.Add(new ManifestArtifact(file.Kind, Path.GetFileName(file.Path), file.MediaType, blob.Sha256, blob.Size));
        }
        var manifest = new EvidenceManifest(capture.Id.ToString(), capture.RequestedUrl, page.FinalUrl.ToString(), page.Metadata.EndedAt, artifacts,
            JsonSerializer.SerializeToElement(page.Metadata, Json), page.Listing is null ? null : JsonSerializer.SerializeToElement(page.Listing, Json));
        var bytes = manifest.ToCanonicalJson();
        var signer = keys.Signer;
        var signature = signer.Sign(bytes);
        var timestamp = await keys.TryStampAsync(bytes, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var sealedRows = await db.Set<EvidenceCapture>().Where(c => c.Id == capture.Id && c.LeaseOwner == lease).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, CaptureStatuses.Succeeded)
            .SetProperty(c => c.CompletedAt, clock.GetUtcNow().UtcDateTime)
            .SetProperty(c => c.FinalUrl, Truncate(page.FinalUrl.ToString(), 2048))
            .SetProperty(c => c.ManifestJson, System.Text.Encoding.UTF8.GetString(bytes))
            .SetProperty(c => c.ManifestSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)))
            .SetProperty(c => c.Signature, Convert.ToBase64String(signature))
            .SetProperty(c => c.Timestamp, timestamp == null ? null : Convert.ToBase64String(timestamp))
            .SetProperty(c => c.SigningKeyFingerprint, signer.Fingerprint)
            .SetProperty(c => c.ListingJson, page.Listing == null ? null : JsonSerializer.Serialize(page.Listing, Json))
            .SetProperty(c => c.FailureReason, (string?)null)
            .SetProperty(c => c.LeaseOwner, (string?)null)
            .SetProperty(c => c.LeaseExpiresAt, (DateTime?)null), ct);
        if (sealedRows == 0)
        {
            logger.LogWarning("Capture {Id}: the lease passed to another worker; this result is dropped", capture.Id);
            return;
        }
        db.AddRange(artifacts.Select(a => new EvidenceArtifact { CaptureId = capture.Id, Kind = a.Kind, FileName = a.FileName, MediaType = a.MediaType, Sha256 = a.Sha256, Size = a.Size }));
        db.Add(CustodyLog.New(capture.Id, 1, CustodyLog.Genesis, CustodyActions.Captured, capture.RequestedBy, Text.Get("evidence.custody.captured"), clock));
        await db.SaveChangesAsync(ct);
        await listings.IngestAsync(capture, page.FinalUrl, page.Listing, ct); // the listing it shows, linked to it and its case
        await tx.CommitAsync(ct);
    }

    private async Task FailAsync(EvidenceCapture capture, string lease, string reason, bool retryable)
    {
        var final = !retryable || capture.Attempts >= evidence.Value.MaxAttempts;
        var retryAt = clock.GetUtcNow().UtcDateTime.AddSeconds(queue.Value.RetrySeconds * Math.Pow(2, Math.Max(0, capture.Attempts - 1)));
        logger.LogWarning("Capture {Id} of {Url} failed (attempt {Attempts}{Final}): {Reason}", capture.Id, capture.RequestedUrl, capture.Attempts, final ? ", final" : "", reason);
        await db.Set<EvidenceCapture>().Where(c => c.Id == capture.Id && c.LeaseOwner == lease).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, final ? CaptureStatuses.Failed : CaptureStatuses.Queued)
            .SetProperty(c => c.CompletedAt, final ? clock.GetUtcNow().UtcDateTime : null)
            .SetProperty(c => c.NextAttemptAt, retryAt)
            .SetProperty(c => c.FailureReason, Truncate(reason, 1000))
            .SetProperty(c => c.LeaseOwner, (string?)null)
            .SetProperty(c => c.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
