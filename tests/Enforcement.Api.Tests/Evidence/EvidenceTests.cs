using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Evidence;

/// <summary>Web evidence end to end: a real Chromium captures pages our loopback marketplace serves.</summary>
public abstract class EvidenceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] AllKinds = ["png", "pdf", "mhtml", "html", "text", "har", "warc"];

    [Fact]
    public async Task An_inspector_captures_a_listing_and_gets_every_artifact_hashed_signed_and_logged()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        var url = site.Url("/listing/A-1");

        var evidence = await inspector.SucceededAsync(await inspector.RequestCaptureAsync(code, url));

        Assert.Equal(url, evidence.GetProperty("requestedUrl").GetString());
        Assert.Equal(url, evidence.GetProperty("finalUrl").GetString());
        Assert.Equal(AllKinds.Order(), evidence.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).Order());
        var listing = evidence.GetProperty("listing");
        Assert.Equal("Nước mắm Phú Quốc 40 độ đạm chai 500ml", listing.GetProperty("title").GetString());
        Assert.Equal(125_000, listing.GetProperty("priceVnd").GetInt64());
        Assert.Equal("Tạp hóa Minh Châu", listing.GetProperty("seller").GetString());
        Assert.Equal(["captured"], evidence.CustodyActions());
        Assert.Equal("inspector", evidence.GetProperty("custody")[0].GetProperty("actor").GetString());

        // What is downloaded is what was hashed, and the download is in the log.
        var png = evidence.Artifact("png");
        var bytes = await inspector.GetByteArrayAsync(png.GetProperty("url").GetString());
        Assert.Equal(png.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(png.GetProperty("size").GetInt64(), bytes.Length);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        var after = await (await inspector.GetAsync($"/api/staff/evidence/{evidence.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Equal(["captured", "downloaded"], after.CustodyActions());

        // Six downloads at once append six entries, one after another: the chain never forks.
        var text = evidence.Artifact("text").GetProperty("url").GetString();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => (await inspector.GetAsync(text)).EnsureSuccessStatusCode()));
        var logged = await (await inspector.GetAsync($"/api/staff/evidence/{evidence.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Equal(Enumerable.Range(1, 8), logged.GetProperty("custody").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()));

        var verification = await inspector.VerifyAsync(evidence.GetProperty("id").GetInt64());
        Assert.True(verification.GetProperty("valid").GetBoolean(), string.Join("; ", verification.Problems()));

        // The captured listing joins the listings, linked to the capture and to the case.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var stored = await db.Set<Enforcement.Api.Listings.Listing>().SingleAsync(l => l.Url == url);
        Assert.Equal("Nước mắm Phú Quốc 40 độ đạm chai 500ml", stored.Title);
        Assert.Equal(125_000, stored.PriceVnd);
        var links = await db.Set<Enforcement.Api.Listings.ListingLink>().Where(l => l.ListingId == stored.Id).ToListAsync();
        Assert.Contains(links, l => l.EvidenceCaptureId == evidence.GetProperty("id").GetInt64());
        Assert.Contains(links, l => l.ComplaintId != null);
    }

    [Fact]
    public async Task The_listing_urls_of_a_complaint_are_captured_without_anyone_asking()
    {
        var site = await ListingSite.GetAsync();
        var body = TestData.ValidComplaint();
        body["listingUrls"] = new[] { site.Url("/listing/C-7") };
        var filed = await app.CreateClient().PostAsJsonAsync("/api/complaints", body);
        filed.EnsureSuccessStatusCode();
        var code = (await filed.JsonAsync()).GetProperty("trackingCode").GetString();
        var inspector = await app.StaffClientAsync("inspector");

        var queued = await (await inspector.GetAsync($"/api/staff/cases/{code}/evidence")).JsonAsync();
        var capture = Assert.Single(queued.EnumerateArray());
        Assert.Equal("system", capture.GetProperty("requestedBy").GetString());
        var evidence = await inspector.SucceededAsync(capture.GetProperty("id").GetInt64());
        Assert.Equal(site.Url("/listing/C-7"), evidence.GetProperty("finalUrl").GetString());
        Assert.Contains("C-7", await inspector.GetStringAsync(evidence.Artifact("text").GetProperty("url").GetString()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:1/")]
    [InlineData("http://10.0.0.5/admin")]
    [InlineData("http://[::1]/")]
    [InlineData("ftp://example.com/file")]
    [InlineData("javascript:alert(1)")]
    public async Task Internal_and_non_web_addresses_are_refused_with_400_and_nothing_is_queued(string url)
    {
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");

        var response = await inspector.PostAsJsonAsync($"/api/staff/cases/{code}/evidence", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("errors").GetProperty("url")[0].GetString()!);
        // Only the complaint's own listing URL, queued at intake.
        var queued = (await (await inspector.GetAsync($"/api/staff/cases/{code}/evidence")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["system"], queued.Select(e => e.GetProperty("requestedBy").GetString()));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task One_changed_byte_in_a_stored_file_or_one_edited_custody_entry_is_named_by_verification()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        var id = await inspector.RequestCaptureAsync(code, site.Url($"/listing/T-{Guid.NewGuid():N}"));
        var png = (await inspector.SucceededAsync(id)).Artifact("png");

        var file = Directory.EnumerateFiles(app.EvidenceFolder, png.GetProperty("sha256").GetString()!, SearchOption.AllDirectories).Single();
        Assert.False(File.GetUnixFileMode(file).HasFlag(UnixFileMode.UserWrite), "stored evidence is read-only on disk");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);

        var broken = await inspector.VerifyAsync(id);
        Assert.False(broken.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(broken.Problems());
        Assert.Contains(png.GetProperty("fileName").GetString()!, problem, StringComparison.Ordinal);
        // The command line on the server says the same, from the app's own database, store and key.
        var (exit, printed) = await VerifyFromShellAsync(id);
        Assert.Equal((1, problem), (exit, printed.Trim()));

        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);
        Assert.True((await inspector.VerifyAsync(id)).GetProperty("valid").GetBoolean());
        var (okExit, okOutput) = await VerifyFromShellAsync(id);
        Assert.Equal((0, "Hợp lệ"), (okExit, okOutput.Trim()));

        // Someone with the database's keys edits the log behind the application's back.
        await EditCustodyReasonAsync(id, sequence: 1, "Sửa lén");
        var chain = await inspector.VerifyAsync(id);
        Assert.False(chain.GetProperty("valid").GetBoolean());
        Assert.Contains(chain.Problems(), p => p.Contains("#1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_signed_evidence_and_its_log()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        var id = await inspector.SucceededAsync(await inspector.RequestCaptureAsync(code, site.Url("/listing/D-1"))).ContinueWith(t => t.Result.GetProperty("id").GetInt64());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        string[] attacks =
        [
            $"""UPDATE "EvidenceCustodyEntries" SET "Actor" = 'someone' WHERE "CaptureId" = {id}""",
            $"""DELETE FROM "EvidenceCustodyEntries" WHERE "CaptureId" = {id}""",
            $"""UPDATE "EvidenceArtifacts" SET "Sha256" = 'x' WHERE "CaptureId" = {id}""",
            $"""DELETE FROM "EvidenceArtifacts" WHERE "CaptureId" = {id}""",
            $"""UPDATE "EvidenceCaptures" SET "FinalUrl" = 'https://elsewhere.example/' WHERE "Id" = {id}""",
            $"""DELETE FROM "EvidenceCaptures" WHERE "Id" = {id}""",
        ];
        foreach (var sql in attacks)
        {
            var refused = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(sql));
            Assert.True(refused is not null, $"the database allowed: {sql}");
            Assert.Contains("append-only", refused.GetBaseException().Message, StringComparison.Ordinal);
        }
        Assert.True((await inspector.VerifyAsync(id)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_police_liaison_sees_and_exports_only_evidence_of_cases_handed_to_the_police()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var other = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        var supervisor = await app.StaffClientAsync("supervisor");
        var police = await app.StaffClientAsync("police");
        var id = (await inspector.SucceededAsync(await inspector.RequestCaptureAsync(code, site.Url("/listing/P-1")))).GetProperty("id").GetInt64();
        var otherId = await inspector.RequestCaptureAsync(other, site.Url("/listing/P-2"));

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/staff/evidence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/staff/evidence/{id}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.PostAsJsonAsync($"/api/staff/cases/{code}/evidence", new { url = site.Url("/listing/P-3") })).StatusCode);

        await CaseClient.HandToPoliceAsync(code, supervisor, inspector);

        var seen = await (await police.GetAsync($"/api/staff/evidence/{id}")).JsonAsync();
        Assert.Equal(["captured", "handed_off"], seen.CustodyActions());
        var export = await police.GetAsync($"/api/staff/evidence/{id}/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        await using (var zip = await export.Content.ReadAsStreamAsync())
        {
            var offline = await Enforcement.Evidence.Packaging.EvidencePackage.VerifyAsync(zip, CancellationToken.None);
            Assert.True(offline.Valid, string.Join("; ", offline.Problems));
        }
        var logged = await (await police.GetAsync($"/api/staff/evidence/{id}")).JsonAsync();
        Assert.Equal(["captured", "handed_off", "exported"], logged.CustodyActions());
        Assert.Equal("police", logged.GetProperty("custody")[2].GetProperty("actor").GetString());
        Assert.True((await police.VerifyAsync(id)).GetProperty("valid").GetBoolean());

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/staff/evidence/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/staff/evidence/{otherId}/export")).StatusCode);
    }

    [Fact]
    public async Task A_request_leased_by_a_live_worker_is_left_alone_and_taken_once_its_lease_expires()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var complaintId = await db.Complaints.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync();
        // A worker on another instance holds it, and then dies without a word.
        var capture = new Api.Evidence.EvidenceCapture
        {
            ComplaintId = complaintId, RequestedUrl = site.Url("/listing/L-1"), Status = "running", RequestedBy = "inspector", RequestedAt = DateTime.UtcNow,
            NextAttemptAt = DateTime.UtcNow, Attempts = 1, LeaseOwner = "crashed-instance", LeaseExpiresAt = DateTime.UtcNow.AddHours(1),
        };
        db.Add(capture);
        await db.SaveChangesAsync();

        await Task.Delay(1500); // several polls of this instance's workers
        var held = await db.EvidenceCaptures.AsNoTracking().SingleAsync(c => c.Id == capture.Id);
        Assert.Equal(("running", "crashed-instance", 1), (held.Status, held.LeaseOwner, held.Attempts));

        await db.EvidenceCaptures.Where(c => c.Id == capture.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        var evidence = await inspector.SucceededAsync(capture.Id);
        Assert.Equal(2, evidence.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_page_that_is_down_is_retried_after_a_pause_and_then_captured()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");

        var evidence = await inspector.SucceededAsync(await inspector.RequestCaptureAsync(code, site.Url($"/flaky/{Guid.NewGuid():N}")));

        Assert.Equal(2, evidence.GetProperty("attempts").GetInt32());
        Assert.Equal(["captured"], evidence.CustodyActions());
    }

    [Fact]
    public async Task Captures_queued_together_are_each_worked_once_however_many_workers_ask()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add(await inspector.RequestCaptureAsync(code, site.Url($"/listing/W-{i}")));

        // This instance's own loops (PoolSize 2) and two more asking at the same moment.
        var worker = app.Services.GetRequiredService<Api.Evidence.Capture.CaptureWorker>();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => worker.RunOneAsync(CancellationToken.None)));

        foreach (var id in ids)
        {
            var evidence = await inspector.SucceededAsync(id);
            Assert.Equal(1, evidence.GetProperty("attempts").GetInt32());
            Assert.Equal(["captured"], evidence.CustodyActions());
        }
    }

    [Fact]
    public async Task The_signing_key_is_published_with_its_fingerprint()
    {
        var inspector = await app.StaffClientAsync("inspector");

        var response = await inspector.GetAsync("/api/staff/evidence/public-key");

        response.EnsureSuccessStatusCode();
        var pem = await response.Content.ReadAsStringAsync();
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        Assert.Equal(256, key.KeySize);
        var fingerprint = string.Join(':', SHA256.HashData(key.ExportSubjectPublicKeyInfo()).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(fingerprint, response.Headers.GetValues("X-Key-Fingerprint").Single(), ignoreCase: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/staff/evidence/public-key")).StatusCode);
    }

    private async Task<(int Exit, string Output)> VerifyFromShellAsync(long id)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Api.Evidence.Verify.EvidenceCommands.VerifyCaptureAsync(id, Path.GetTempPath(),
        [
            $"--Database:Provider={app.DatabaseProvider}", $"--Database:ConnectionString={app.Database}",
            $"--Evidence:StoreRoot={Path.Combine(app.EvidenceFolder, "store")}", $"--Evidence:SigningKeyPath={Path.Combine(app.EvidenceFolder, "keys", "evidence-signing.pem")}",
        ], output, error, CancellationToken.None);
        Assert.True(error.ToString().Length == 0, error.ToString());
        return (exit, output.ToString());
    }

    private async Task EditCustodyReasonAsync(long id, int sequence, string reason)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var postgres = db.Database.IsNpgsql();
        await db.Database.ExecuteSqlRawAsync(postgres
            ? """ALTER TABLE "EvidenceCustodyEntries" DISABLE TRIGGER "TR_EvidenceCustodyEntries_AppendOnly" """
            : """DROP TRIGGER "TR_EvidenceCustodyEntries_NoUpdate" """);
        await db.Database.ExecuteSqlRawAsync("""UPDATE "EvidenceCustodyEntries" SET "Reason" = {0} WHERE "CaptureId" = {1} AND "Sequence" = {2}""", reason, id, sequence);
        await db.Database.ExecuteSqlRawAsync(postgres
            ? """ALTER TABLE "EvidenceCustodyEntries" ENABLE TRIGGER "TR_EvidenceCustodyEntries_AppendOnly" """
            : """
              CREATE TRIGGER "TR_EvidenceCustodyEntries_NoUpdate" BEFORE UPDATE ON "EvidenceCustodyEntries"
              BEGIN SELECT RAISE(ABORT, 'evidence is append-only: UPDATE on EvidenceCustodyEntries refused'); END;
              """);
    }
}

public sealed class EvidenceTests_Sqlite(EvidenceSqliteApp app) : EvidenceTests<EvidenceSqliteApp>(app);

public sealed class EvidenceTests_Postgres(EvidencePostgresApp app) : EvidenceTests<EvidencePostgresApp>(app);

public sealed class MissingBrowserTests(NoBrowserApp app) : IClassFixture<NoBrowserApp>
{
    [Fact]
    public async Task Without_chromium_a_capture_fails_saying_so_and_the_app_keeps_working()
    {
        var site = await ListingSite.GetAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");

        var evidence = await inspector.WaitForAsync(await inspector.RequestCaptureAsync(code, site.Url("/listing/N-1")));

        Assert.Equal("failed", evidence.GetProperty("status").GetString());
        Assert.Contains("Chromium", evidence.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/staff/cases/{code}")).StatusCode);
    }
}
