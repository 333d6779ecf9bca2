using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Complaints;

public abstract class IntakeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    protected TApp App { get; } = app;

    [Fact]
    public async Task A_valid_complaint_gets_a_tracking_code_and_a_public_status()
    {
        var client = App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/complaints", TestData.ValidComplaint());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var code = body.GetProperty("trackingCode").GetString()!;
        var key = body.GetProperty("accessKey").GetString()!;
        Assert.Matches(new Regex(@"^PA-\d{4}-\d{6}$"), code);
        Assert.Equal("received", body.GetProperty("status").GetString());
        Assert.NotNull(response.Headers.Location);

        var status = await client.GetAsync($"/api/complaints/{code}?key={Uri.EscapeDataString(key)}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var statusBody = await status.JsonAsync();
        Assert.Equal("Đã tiếp nhận", statusBody.GetProperty("statusLabel").GetString());
        Assert.Equal(1, statusBody.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task A_wrong_key_is_answered_exactly_like_an_unknown_code()
    {
        var client = App.CreateClient();
        var created = await (await client.PostAsJsonAsync("/api/complaints", TestData.ValidComplaint())).JsonAsync();
        var code = created.GetProperty("trackingCode").GetString();

        var wrongKey = await client.GetAsync($"/api/complaints/{code}?key=not-the-key");
        var unknown = await client.GetAsync("/api/complaints/PA-2026-999999?key=not-the-key");

        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var a = await wrongKey.JsonAsync();
        var b = await unknown.JsonAsync();
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("category", "bogus", "category")]
    [InlineData("description", "", "description")]
    [InlineData("consentToProcessing", false, "consentToProcessing")]
    public async Task Bad_fields_are_answered_per_field_and_nothing_is_stored(string field, object value, string errorKey)
    {
        var before = await CountsAsync();
        var body = TestData.ValidComplaint();
        body[field] = value;

        var response = await App.CreateClient().PostAsJsonAsync("/api/complaints", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(errorKey, out _));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_ward_of_another_province_and_a_bad_email_are_refused_in_vietnamese()
    {
        var body = TestData.ValidComplaint(email: "not-an-email");
        body["location"] = new Dictionary<string, object?> { ["province"] = "82", ["ward"] = TestData.OtherWard };

        var errors = (await (await App.CreateClient().PostAsJsonAsync("/api/complaints", body)).JsonAsync()).GetProperty("errors");

        Assert.Contains("xã/phường", errors.GetProperty("location.ward")[0].GetString());
        Assert.Equal("Địa chỉ email không hợp lệ.", errors.GetProperty("complainant.email")[0].GetString());
    }

    [Fact]
    public async Task A_wrong_json_type_names_the_field()
    {
        var content = new StringContent("""{"category":"counterfeit","purchase":{"amountVnd":"abc"}}""", System.Text.Encoding.UTF8, "application/json");
        var response = await App.CreateClient().PostAsync("/api/complaints", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("purchase.amountVnd", out _));
    }

    [Fact]
    public async Task A_disguised_executable_is_refused_and_a_real_photo_is_kept_with_its_hash()
    {
        var client = App.CreateClient();
        using var bad = Multipart(("photo.jpg", "MZ\x90\0fake executable"u8.ToArray()));
        var refused = await client.PostAsync("/api/complaints", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("attachments[0]", out _));

        using var good = Multipart(("ảnh hóa đơn.png", TestData.TinyPng()));
        var created = await client.PostAsync("/api/complaints", good);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var code = (await created.JsonAsync()).GetProperty("trackingCode").GetString();

        var staff = await App.StaffClientAsync("inspector");
        var detail = await (await staff.GetAsync($"/api/staff/complaints/{code}")).JsonAsync();
        var attachment = detail.GetProperty("attachments")[0];
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(TestData.TinyPng())), attachment.GetProperty("sha256").GetString());
        var bytes = await staff.GetByteArrayAsync($"/api/staff/complaints/{code}/attachments/{attachment.GetProperty("id").GetInt64()}");
        Assert.Equal(TestData.TinyPng(), bytes);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_result()
    {
        var client = App.CreateClient();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request(Dictionary<string, object?> body) => new(HttpMethod.Post, "/api/complaints")
        {
            Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } },
        };
        var before = await CountsAsync();

        var first = await client.SendAsync(Request(TestData.ValidComplaint()));
        var second = await client.SendAsync(Request(TestData.ValidComplaint()));
        var different = TestData.ValidComplaint();
        different["description"] = "Một nội dung khác hẳn";
        var conflict = await client.SendAsync(Request(different));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("accessKey").GetString(), (await second.JsonAsync()).GetProperty("accessKey").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, conflict.StatusCode);
        Assert.Equal(before.Complaints + 1, (await CountsAsync()).Complaints);
    }

    [Fact]
    public async Task Concurrent_submissions_get_unique_tracking_codes()
    {
        var client = App.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.PostAsJsonAsync("/api/complaints", TestData.ValidComplaint(email: null))));
        var codes = new List<string>();
        foreach (var r in responses)
        {
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            codes.Add((await r.JsonAsync()).GetProperty("trackingCode").GetString()!);
        }
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    private MultipartFormDataContent Multipart(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("counterfeit"), "category" },
            { new StringContent("Bán mỹ phẩm giả, có ảnh chụp hóa đơn"), "description" },
            { new StringContent("Trần Văn Bảo"), "complainant.fullName" },
            { new StringContent("0987654321"), "complainant.phone" },
            { new StringContent("82"), "location.province" },
            { new StringContent(TestData.HomeWard), "location.ward" },
            { new StringContent("true"), "consentToProcessing" },
        };
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "files", name);
        return form;
    }

    protected async Task<(int Complaints, int Outbox)> CountsAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        return (await db.Complaints.CountAsync(), await db.OutboxMessages.CountAsync());
    }
}

public sealed class IntakeTests_Sqlite(SqliteApp app) : IntakeTests<SqliteApp>(app);

public sealed class IntakeTests_Postgres(PostgresApp app) : IntakeTests<PostgresApp>(app);
