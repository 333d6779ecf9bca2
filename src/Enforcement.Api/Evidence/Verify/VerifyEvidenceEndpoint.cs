using System.Security.Claims;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence.Custody;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Evidence.Integrity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Evidence.Verify;

public sealed record VerificationView(bool Valid, IReadOnlyList<string> Problems);

internal static class VerifyEvidenceEndpoint
{
    public static RouteGroupBuilder MapVerifyEvidence(this RouteGroupBuilder group)
    {
        group.MapGet("/evidence/{id:long}/verify", VerifyAsync).WithName("VerifyEvidence")
            .WithSummary("Re-hash every stored file, check the manifest's signature and the custody chain; each problem names the file or log entry.")
            .Produces<VerificationView>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<VerificationView>, ProblemHttpResult>> VerifyAsync(
        long id, ClaimsPrincipal user, EnforcementDbContext db, IEvidenceStore store, EvidenceKeys keys, CancellationToken ct)
    {
        if (await EvidenceAccess.FindAsync(db, id, user, ct) is not { } capture) return Problems.NotFound("evidence.notFound");
        return TypedResults.Ok(await CheckAsync(db, capture, store, keys, ct));
    }

    public static async Task<VerificationView> CheckAsync(EnforcementDbContext db, EvidenceCapture capture, IEvidenceStore store, EvidenceKeys keys, CancellationToken ct)
    {
        if (capture.ManifestJson is null || capture.Signature is null) return new VerificationView(false, [Text.Get("evidence.verify.notCaptured")]);
        var custody = await CustodyLog.ReadAsync(db, capture.Id, ct);
        var result = await EvidenceVerifier.VerifyAsync(System.Text.Encoding.UTF8.GetBytes(capture.ManifestJson), Convert.FromBase64String(capture.Signature),
            keys.Signer.PublicKeyPem, a => TryOpen(store, a.Sha256), custody, ct);
        return new VerificationView(result.Valid, result.Problems);
    }

    private static Stream? TryOpen(IEvidenceStore store, string sha256)
    {
        try { return store.OpenRead(sha256); }
        catch (FileNotFoundException) { return null; }
        catch (DirectoryNotFoundException) { return null; }
    }
}
