using System.Security.Claims;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence.Custody;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Evidence.Integrity;
using Enforcement.Evidence.Packaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Evidence.Export;

internal static class ExportEvidenceEndpoint
{
    public static RouteGroupBuilder MapExportEvidence(this RouteGroupBuilder group)
    {
        group.MapGet("/evidence/{id:long}/export", ExportAsync).WithName("ExportEvidence")
            .WithSummary("The package for the police or a court (application/zip): WACZ, artifacts, signed manifest, public key, custody log and a README on verifying it offline. Adds a custody entry.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/evidence/public-key", PublicKey).WithName("EvidencePublicKey")
            .WithSummary("The deployment's evidence signing key (PEM); its SHA-256 fingerprint is in the X-Key-Fingerprint header.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-pem-file");
        return group;
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ExportAsync(
        long id, string? reason, ClaimsPrincipal user, EnforcementDbContext db, IEvidenceStore store, EvidenceKeys keys, TimeProvider clock, CancellationToken ct)
    {
        if (await EvidenceAccess.FindAsync(db, id, user, ct) is not { ManifestJson: not null, Signature: not null } capture) return Problems.NotFound("evidence.notFound");
        // The export is itself in the log it carries.
        await CustodyLog.AppendAsync(db, id, CustodyActions.Exported, user.UserName(), Clean(reason), clock, ct);
        var custody = await CustodyLog.ReadAsync(db, id, ct);
        var manifestJson = System.Text.Encoding.UTF8.GetBytes(capture.ManifestJson);
        var input = new PackageInput(EvidenceManifest.Parse(manifestJson), manifestJson, Convert.FromBase64String(capture.Signature), keys.Signer.PublicKeyPem,
            custody, a => store.OpenRead(a.Sha256), capture.Timestamp is null ? null : Convert.FromBase64String(capture.Timestamp));
        // A package may be hundreds of MB: built in a temporary file that goes away when the download ends.
        var zip = new FileStream(Path.Combine(Path.GetTempPath(), $"enforcement-export-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await EvidencePackage.WriteAsync(input, zip, keys.Signer, ct);
            zip.Position = 0;
        }
        catch
        {
            await zip.DisposeAsync();
            throw;
        }
        return TypedResults.Stream(zip, "application/zip", $"chung-cu-{id}.zip");
    }

    internal static IResult PublicKey(EvidenceKeys keys, HttpContext http)
    {
        http.Response.Headers["X-Key-Fingerprint"] = keys.Signer.Fingerprint;
        return TypedResults.Text(keys.Signer.PublicKeyPem, "application/x-pem-file");
    }

    private static string? Clean(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || TextRules.HasControlCharacters(reason, multiline: false) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 1000)];
}
