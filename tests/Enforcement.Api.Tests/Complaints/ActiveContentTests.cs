using System.IO.Compression;
using System.Net;
using System.Text;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Complaints;

/// <summary>Uploads that would act when an inspector opens them are refused, by content.</summary>
public abstract class ActiveContentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<HttpResponseMessage> UploadAsync(string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("counterfeit"), "category" },
            { new StringContent("Hóa đơn mua hàng giả kèm theo"), "description" },
            { new StringContent("Trần Văn Bảo"), "complainant.fullName" },
            { new StringContent("0987654321"), "complainant.phone" },
            { new StringContent("82"), "location.province" },
            { new StringContent(TestData.HomeWard), "location.ward" },
            { new StringContent("true"), "consentToProcessing" },
        };
        form.Add(new ByteArrayContent(bytes), "files", name);
        return await app.CreateClient().PostAsync("/api/complaints", form);
    }

    [Theory]
    [MemberData(nameof(HostileFiles.All), MemberType = typeof(HostileFiles))]
    public async Task A_pdf_that_runs_code_or_an_image_that_is_also_a_web_page_is_refused(string name, byte[] bytes)
    {
        var response = await UploadAsync(name, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("attachments[0]")[0].GetString();
        Assert.Contains("tự chạy khi mở", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_whose_compressed_stream_inflates_past_64_mb_is_refused_as_a_zip_bomb()
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 65; i++) z.Write(zeros);
        }
        byte[] pdf = [.. HostileFiles.Ascii($"%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n"),
            .. compressed.ToArray(), .. HostileFiles.Ascii("\nendstream\nendobj\n%%EOF\n")];

        var response = await UploadAsync("bomb.pdf", pdf);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("attachments[0]", out _));
    }

    [Fact]
    public async Task Plain_pdfs_with_compressed_objects_and_plain_images_are_kept()
    {
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync("receipt.pdf", HostileFiles.PdfWithObjectStream("<< /Type /Page /Contents 7 0 R >>"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync("receipt2.pdf", HostileFiles.Pdf("2 0 obj\n<< /Type /Action /S /URI /URI (https://sct.example.gov.vn) >>\nendobj"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync("photo.png", TestData.TinyPng())).StatusCode);
    }
}

/// <summary>Files that act when opened, built byte by byte.</summary>
public static class HostileFiles
{
    internal static byte[] Ascii(string s) => Encoding.Latin1.GetBytes(s);

    internal static byte[] Pdf(string objects) => Ascii($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 3 0 R >>\nendobj\n{objects}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A PDF whose objects are hidden in a Flate-compressed object stream.</summary>
    internal static byte[] PdfWithObjectStream(string hidden)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(Ascii("4 0 " + hidden));
        var head = Ascii($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
        return [.. head, .. compressed.ToArray(), .. Ascii("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")];
    }

    /// <summary>A real JPEG header followed by a comment segment carrying HTML: an image a browser could also run as a page.</summary>
    internal static byte[] JpegPolyglot()
    {
        var html = Ascii("<html><body><SCRIPT>alert(document.cookie)</SCRIPT></body></html>");
        return [0xFF, 0xD8, 0xFF, 0xFE, 0x00, (byte)(html.Length + 2), .. html, 0xFF, 0xD9];
    }

    public static TheoryData<string, byte[]> All => new()
    {
        { "script.pdf", Pdf("2 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>\nendobj") },
        { "escaped.pdf", Pdf("2 0 obj\n<< /S /J#61vaScript /J#53 (app.alert(1)) >>\nendobj") },
        { "launch.pdf", Pdf("2 0 obj\n<< /S /Launch /F (cmd.exe) >>\nendobj") },
        { "attached.pdf", Pdf("2 0 obj\n<< /Type /Filespec /EF << /F 6 0 R >> /Type /EmbeddedFile >>\nendobj") },
        { "hidden.pdf", PdfWithObjectStream("<< /S /JavaScript /JS (this.exportDataObject()) >>") },
        { "photo.jpg", JpegPolyglot() },
    };

}

public sealed class ActiveContentTests_Sqlite(SqliteApp app) : ActiveContentTests<SqliteApp>(app);

public sealed class ActiveContentTests_Postgres(PostgresApp app) : ActiveContentTests<PostgresApp>(app);
