using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Complaints;

/// <summary>Bodies no browser sends: the API answers 400 problem+json, the form page 400 with a message; never 500, nothing stored.</summary>
public abstract partial class MalformedFormTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Unreadable = "Không đọc được biểu mẫu gửi lên";

    [Theory]
    [MemberData(nameof(MalformedBodies.MultipartCases), MemberType = typeof(MalformedBodies))]
    public async Task The_api_answers_400_problem_json_in_vietnamese(string name)
    {
        var before = await CountAsync();
        var response = await app.CreateClient().PostAsync("/api/complaints", MalformedBodies.All[name]());

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.StartsWith(Unreadable, errors.GetProperty("$")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("urlencoded-1025-fields")]
    [InlineData("urlencoded-100kb-field-name")]
    public async Task The_api_refuses_an_urlencoded_body_as_an_unsupported_type(string name)
    {
        var response = await app.CreateClient().PostAsync("/api/complaints", MalformedBodies.All[name]());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(MalformedBodies.Cases), MemberType = typeof(MalformedBodies))]
    public async Task The_form_page_answers_400_with_a_vietnamese_message(string name)
    {
        var before = await CountAsync();
        var client = app.CreateClient();
        // The antiforgery token rides in its header, so the page handler itself meets the broken body.
        var token = TokenPattern().Match(await client.GetStringAsync("/complaints/new")).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/complaints/new") { Content = MalformedBodies.All[name]() };
        request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(token));

        var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {body}");
        Assert.Contains(Unreadable, body, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_control_character_in_an_encoded_file_name_is_refused_for_that_file()
    {
        var before = await CountAsync();
        var form = MalformedBodies.ValidForm();
        var png = new ByteArrayContent(TestData.TinyPng());
        png.Headers.ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"files\"; filename*=UTF-8''evil%0D%0ASet-Cookie%3A%20x.png");
        form.Add(png);

        var response = await app.CreateClient().PostAsync("/api/complaints", form);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Tên tệp đính kèm chứa ký tự không hợp lệ.", (await response.JsonAsync()).GetProperty("errors").GetProperty("attachments[0]")[0].GetString());
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Complaints.CountAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class MalformedFormTests_Sqlite(SqliteApp app) : MalformedFormTests<SqliteApp>(app);

public sealed class MalformedFormTests_Postgres(PostgresApp app) : MalformedFormTests<PostgresApp>(app);

/// <summary>Broken or over-limit bodies, by name.</summary>
public static class MalformedBodies
{
    public static TheoryData<string> Cases => new(All.Keys);
    public static TheoryData<string> MultipartCases => new(All.Keys.Where(k => !k.StartsWith("urlencoded", StringComparison.Ordinal)));

    internal static readonly Dictionary<string, Func<HttpContent>> All = new()
    {
        ["boundary-then-garbage"] = () => Raw("multipart/form-data; boundary=BOUNDARY", "--BOUNDARY\r\ngarbage"),
        ["no-boundary"] = () => Raw("multipart/form-data", Part("X", "category", "counterfeit") + "--X--\r\n"),
        ["wrong-boundary"] = () => Raw("multipart/form-data; boundary=AAAA", Part("BBBB", "category", "counterfeit") + "--BBBB--\r\n"),
        ["garbage-body"] = () => Raw("multipart/form-data; boundary=X", "\u0001\u0002 this is not a form \r\n\r\n--Y\r\n\0\0\0"),
        ["crlf-in-file-name"] = () => Raw("multipart/form-data; boundary=X",
            "--X\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\r\nb.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n--X--\r\n"),
        ["1025-fields"] = () => Raw("multipart/form-data; boundary=X",
            string.Concat(Enumerable.Range(0, 1025).Select(i => Part("X", $"f{i}", "v"))) + "--X--\r\n"),
        ["100kb-field-name"] = () => Raw("multipart/form-data; boundary=X", Part("X", new string('n', 100 * 1024), "v") + "--X--\r\n"),
        ["urlencoded-1025-fields"] = () => Raw("application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 1025).Select(i => $"f{i}=v"))),
        ["urlencoded-100kb-field-name"] = () => Raw("application/x-www-form-urlencoded", new string('n', 100 * 1024) + "=v"),
    };

    public static MultipartFormDataContent ValidForm() => new()
    {
        { new StringContent("counterfeit"), "category" },
        { new StringContent("Bán mỹ phẩm giả, có ảnh chụp hóa đơn"), "description" },
        { new StringContent("Trần Văn Bảo"), "complainant.fullName" },
        { new StringContent("0987654321"), "complainant.phone" },
        { new StringContent("82"), "location.province" },
        { new StringContent(TestData.HomeWard), "location.ward" },
        { new StringContent("true"), "consentToProcessing" },
    };

    private static string Part(string boundary, string name, string value) =>
        $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

    private static ByteArrayContent Raw(string contentType, string body)
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
