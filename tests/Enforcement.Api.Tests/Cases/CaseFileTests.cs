using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Cases;

/// <summary>A case's own file: internal notes and the files of task outcomes, seen with the handoff cut (decision 0032).</summary>
public abstract class CaseFileTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Jpeg = [.. GeneratedFile.JpegHeader, .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7)), 0xFF, 0xD9];
    private static readonly byte[] Png = [.. GeneratedFile.PngHeader, .. Enumerable.Range(0, 500).Select(i => (byte)i)];
    private static readonly byte[] ScriptPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n2 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>\nendobj\n%%EOF\n");
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0x00, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.\r\n")];

    [Fact]
    public async Task Notes_are_seen_by_qltt_and_by_the_police_only_from_the_handoff_on_and_are_validated_and_append_only()
    {
        var code = await app.FileAsync();
        var (supervisor, inspector, police) = (await app.StaffClientAsync("supervisor"), await app.StaffClientAsync("inspector"), await app.StaffClientAsync("police"));

        var before = await AddNoteAsync(inspector, code, "Chủ cơ sở vắng mặt.\nHẹn kiểm tra lại thứ Hai.");
        Assert.Equal("Nguyễn Văn An", before.GetProperty("authorFullName").GetString());
        Assert.Equal("inspector", before.GetProperty("authorRole").GetString());
        Assert.Equal("Kiểm soát viên", before.GetProperty("authorRoleLabel").GetString());
        Assert.Equal(("inspector", "QLTT"), (before.GetProperty("author").GetString(), before.GetProperty("authorAgency").GetString()));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, before.GetProperty("writtenAt").GetDateTime().ToUniversalTime());
        Assert.Equal(["Chủ cơ sở vắng mặt.\nHẹn kiểm tra lại thứ Hai."], await NoteTextsAsync(supervisor, code));
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/staff/cases/{code}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.PostAsJsonAsync($"/api/staff/cases/{code}/notes", new { text = "x" })).StatusCode);

        await CaseClient.HandToPoliceAsync(code, supervisor, inspector);
        await AddNoteAsync(inspector, code, "Đã bàn giao tang vật cho Công an.");
        await AddNoteAsync(police, code, "Công an đã nhận hồ sơ.");
        Assert.Equal(["Đã bàn giao tang vật cho Công an.", "Công an đã nhận hồ sơ."], await NoteTextsAsync(police, code));
        Assert.Equal(3, (await NoteTextsAsync(supervisor, code)).Count);
        var association = await app.StaffClientAsync("association");
        Assert.Equal(HttpStatusCode.NotFound, (await association.GetAsync($"/api/staff/cases/{code}/notes")).StatusCode);

        foreach (var (text, message) in new[] { ("  \n ", "Vui lòng nhập nội dung ghi chú."), (new string('a', 4001), "Ghi chú không được dài quá 4000 ký tự."),
            ("a\0b", "Nội dung chứa ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Vui lòng xóa và nhập lại.") })
        {
            var refused = await inspector.PostAsJsonAsync($"/api/staff/cases/{code}/notes", new { text });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(message, (await refused.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString());
        }
        Assert.Equal(3, (await NoteTextsAsync(supervisor, code)).Count);

        // No endpoint edits or deletes a note, and the database refuses both.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await inspector.DeleteAsync($"/api/staff/cases/{code}/notes")).StatusCode);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "CaseNotes" SET "Body" = 'sửa' """));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseNotes" """));
    }

    [Fact]
    public async Task Outcome_files_are_typed_by_their_bytes_stored_with_the_completion_or_not_at_all_and_cut_at_the_handoff()
    {
        var code = await app.FileAsync();
        var (supervisor, inspector, police) = (await app.StaffClientAsync("supervisor"), await app.StaffClientAsync("inspector"), await app.StaffClientAsync("police"));
        await supervisor.DoAsync(code, "classify", "enforcement");
        await inspector.DoAsync(code, "verification", "confirmed");
        var inspection = await inspector.TaskAtAsync(code, "inspection");
        var findings = new Dictionary<string, string> { ["findings"] = "Phát hiện 300 chai nước mắm giả nhãn", ["violationFound"] = "true" };

        var badFile = await CompleteWithFilesAsync(inspector, inspection, "done", findings, ("bien-ban.pdf", Pdf), ("anh.pdf", Exe), ("mau.pdf", ScriptPdf));
        Assert.Equal(HttpStatusCode.BadRequest, badFile.StatusCode);
        var fileErrors = (await badFile.JsonAsync()).GetProperty("errors");
        Assert.Equal("Tệp \"anh.pdf\" không phải ảnh (JPEG, PNG, WebP, HEIC) hay PDF hợp lệ.", fileErrors.GetProperty("files[1]")[0].GetString());
        Assert.StartsWith("Tệp \"mau.pdf\" chứa nội dung có thể tự chạy", fileErrors.GetProperty("files[2]")[0].GetString(), StringComparison.Ordinal);
        Assert.False(fileErrors.TryGetProperty("files[0]", out _));
        var badOutcome = await CompleteWithFilesAsync(inspector, inspection, "done", new() { ["violationFound"] = "true" }, ("bien-ban.pdf", Pdf));
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        Assert.True((await badOutcome.JsonAsync()).GetProperty("errors").TryGetProperty("findings", out _));
        await inspector.TaskAtAsync(code, "inspection"); // still open
        Assert.Equal((0, 0), await FileRowsAsync(code));

        var done = await CompleteWithFilesAsync(inspector, inspection, "done", findings, ("bien-ban.pdf", Pdf), ("C:\\anh\\hien-truong.jpg", Jpeg));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var files = (await (await supervisor.GetAsync($"/api/staff/cases/{code}/files")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["bien-ban.pdf", "hien-truong.jpg"], files.Select(f => f.GetProperty("fileName").GetString()));
        Assert.Equal(["application/pdf", "image/jpeg"], files.Select(f => f.GetProperty("contentType").GetString()));
        Assert.Equal([Sha(Pdf), Sha(Jpeg)], files.Select(f => f.GetProperty("sha256").GetString()));
        Assert.Equal([Pdf.Length, Jpeg.Length], files.Select(f => f.GetProperty("sizeBytes").GetInt32()));
        Assert.All(files, f => Assert.Equal(("Nguyễn Văn An", "Kiểm tra cơ sở kinh doanh"), (f.GetProperty("uploadedByFullName").GetString(), f.GetProperty("stepTitle").GetString())));
        var entry = (await supervisor.CaseAsync(code)).GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("id").GetInt64() == files[0].GetProperty("journalEntryId").GetInt64());
        Assert.Equal(("task_completed", "inspection"), (entry.GetProperty("kind").GetString(), entry.GetProperty("stepId").GetString()));
        var jpegUrl = $"/api/staff/cases/{code}/files/{files[1].GetProperty("id").GetInt64()}";
        var download = await supervisor.GetAsync(jpegUrl);
        Assert.Equal(Jpeg, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        // After the handoff the police see what is theirs from then on, not the inspection's files.
        var signal = await inspector.PostAsJsonAsync($"/api/staff/cases/{code}/processes/{(await inspector.CaseAsync(code)).GetProperty("processes").EnumerateArray()
            .Single(p => p.GetProperty("process").GetString() == "qltt-enforcement").GetProperty("id").GetInt64()}/signals/crimeSigns", new { fields = new { crimeDescription = "Quy mô lớn" } });
        Assert.Equal(HttpStatusCode.OK, signal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync(jpegUrl)).StatusCode);
        Assert.Empty((await (await police.GetAsync($"/api/staff/cases/{code}/files")).JsonAsync()).EnumerateArray());
        var returned = await CompleteWithFilesAsync(police, await police.TaskAtAsync(code, "police-review"), "returned", new() { ["returnReason"] = "Chưa đủ căn cứ" }, ("cong-van.png", Png));
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var policeFiles = (await (await police.GetAsync($"/api/staff/cases/{code}/files")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["cong-van.png"], policeFiles.Select(f => f.GetProperty("fileName").GetString()));
        Assert.Equal(Png, await police.GetByteArrayAsync($"/api/staff/cases/{code}/files/{policeFiles[0].GetProperty("id").GetInt64()}"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.StaffClientAsync("association")).GetAsync(jpegUrl)).StatusCode);
        Assert.Equal((3, 3), await FileRowsAsync(code));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "TaskFiles" SET "FileName" = 'khac.pdf' """));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "TaskFiles" """));

        var paths = (await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync()).GetProperty("paths");
        Assert.True(paths.GetProperty("/api/staff/tasks/{taskId}/complete").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        foreach (var path in new[] { "/api/staff/cases/{code}/notes", "/api/staff/cases/{code}/files", "/api/staff/cases/{code}/files/{fileId}" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
    }

    private static async Task<JsonElement> AddNoteAsync(HttpClient client, string code, string text)
    {
        var response = await client.PostAsJsonAsync($"/api/staff/cases/{code}/notes", new { text });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"note: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static async Task<List<string>> NoteTextsAsync(HttpClient client, string code) =>
        (await (await client.GetAsync($"/api/staff/cases/{code}/notes")).JsonAsync()).EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToList();

    private static Task<HttpResponseMessage> CompleteWithFilesAsync(HttpClient client, JsonElement task, string outcome, Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(outcome), "outcome" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), "fields." + name);
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "files", name);
        return client.PostAsync($"/api/staff/tasks/{task.GetProperty("id").GetInt64()}/complete", form);
    }

    /// <summary>The case's file rows and content rows.</summary>
    private async Task<(int Files, int Contents)> FileRowsAsync(string code)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var complaintId = await db.Complaints.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync();
        return (await db.Set<Enforcement.Api.Cases.Files.TaskFile>().CountAsync(f => f.ComplaintId == complaintId),
            await db.Set<Enforcement.Api.Cases.Files.TaskFileContent>().CountAsync(c => db.Set<Enforcement.Api.Cases.Files.TaskFile>().Any(f => f.Id == c.FileId && f.ComplaintId == complaintId)));
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

public sealed class CaseFileTests_Sqlite(CaseSqliteApp app) : CaseFileTests<CaseSqliteApp>(app);

public sealed class CaseFileTests_Postgres(CasePostgresApp app) : CaseFileTests<CasePostgresApp>(app);
