using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Complaints;

/// <summary>Files go to the database as streams: each to its own row, hashed, and only with a committed complaint.</summary>
public abstract class AttachmentStorageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    // Random bytes without '<', '/', 'j' or 'J', where the active-content scanner's markers start (/JS, <script…):
    // otherwise about one run in fifty drew a marker by chance and the PDF was refused.
    private static readonly byte[] Pdf = "%PDF-1.7\n% hóa đơn\n"u8.ToArray()
        .Concat(RandomNumberGenerator.GetBytes(300_000).Select(b => b is (byte)'<' or (byte)'/' or (byte)'j' or (byte)'J' ? (byte)' ' : b)).ToArray();
    private static readonly byte[] Jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.Concat(RandomNumberGenerator.GetBytes(1_200_000)).ToArray();

    [Fact]
    public async Task Several_files_are_stored_each_in_its_place_and_come_back_byte_for_byte()
    {
        var response = await app.CreateClient().PostAsync("/api/complaints", Form(("hoa-don.pdf", Pdf), ("anh.png", TestData.TinyPng()), ("anh2.jpg", Jpeg)));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var code = (await response.JsonAsync()).GetProperty("trackingCode").GetString();

        var staff = await app.StaffClientAsync("inspector");
        var attachments = (await (await staff.GetAsync($"/api/staff/complaints/{code}")).JsonAsync()).GetProperty("attachments").EnumerateArray()
            .ToDictionary(a => a.GetProperty("fileName").GetString()!);
        foreach (var (name, bytes, type) in new[] { ("hoa-don.pdf", Pdf, "application/pdf"), ("anh.png", TestData.TinyPng(), "image/png"), ("anh2.jpg", Jpeg, "image/jpeg") })
        {
            var a = attachments[name];
            Assert.Equal(type, a.GetProperty("contentType").GetString());
            Assert.Equal(bytes.Length, a.GetProperty("sizeBytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), a.GetProperty("sha256").GetString());
            Assert.Equal(bytes, await staff.GetByteArrayAsync($"/api/staff/complaints/{code}/attachments/{a.GetProperty("id").GetInt64()}"));
        }
    }

    [Fact]
    public async Task A_retry_with_the_same_file_replays_and_with_other_bytes_under_the_same_name_conflicts()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var other = Jpeg.ToArray();
        other[^1] ^= 0xFF;

        var first = await client.SendAsync(Keyed(key, Form(("anh.jpg", Jpeg))));
        var again = await client.SendAsync(Keyed(key, Form(("anh.jpg", Jpeg))));
        var changed = await client.SendAsync(Keyed(key, Form(("anh.jpg", other))));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("trackingCode").GetString(), (await again.JsonAsync()).GetProperty("trackingCode").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_store_one_complaint_and_no_stray_bytes()
    {
        // All pass the replay check before any commits, then write their bytes one after another; the losers'
        // transactions fail on the idempotency key after their bytes are written, and must leave nothing behind.
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SendAsync(Keyed(key, Form(("anh.jpg", Jpeg))))));

        var codes = new HashSet<string>();
        foreach (var r in responses)
        {
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            codes.Add((await r.JsonAsync()).GetProperty("trackingCode").GetString()!);
        }
        Assert.Single(codes);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        Assert.Equal(1, await db.Complaints.CountAsync(c => c.TrackingCode == codes.First()));
        Assert.Equal(await db.ComplaintAttachments.CountAsync(), await db.AttachmentContents.CountAsync());
    }

    private static HttpRequestMessage Keyed(string key, HttpContent content) => new(HttpMethod.Post, "/api/complaints")
    {
        Content = content, Headers = { { "Idempotency-Key", key } },
    };

    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes)[] files)
    {
        var form = MalformedBodies.ValidForm();
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }
        return form;
    }
}

public sealed class AttachmentStorageTests_Sqlite(SqliteApp app) : AttachmentStorageTests<SqliteApp>(app);

public sealed class AttachmentStorageTests_Postgres(PostgresApp app) : AttachmentStorageTests<PostgresApp>(app);
