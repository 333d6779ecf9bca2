using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Identity;

/// <summary>Who may read which complaint, tried from every side that should be refused.</summary>
public abstract class StaffAccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Without_a_token_staff_endpoints_answer_401_problem_json()
    {
        var response = await app.CreateClient().GetAsync("/api/staff/complaints");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_password_gets_401_in_vietnamese_and_missing_fields_get_400()
    {
        var client = app.CreateClient();
        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = "inspector2", password = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", (await wrong.JsonAsync()).GetProperty("title").GetString());

        var missing = await client.PostAsJsonAsync("/api/auth/token", new { userName = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task An_analyst_is_forbidden_from_complaint_details()
    {
        var analyst = await app.StaffClientAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/staff/complaints")).StatusCode);
    }

    [Fact]
    public async Task A_police_liaison_cannot_read_a_complaint_that_was_not_handed_to_the_police()
    {
        var code = await FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/staff/complaints/{code}")).StatusCode);

        var police = await app.StaffClientAsync("police");
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/staff/complaints/{code}")).StatusCode);
        var list = await (await police.GetAsync("/api/staff/complaints")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_association_liaison_sees_only_the_complaint_handed_to_it()
    {
        var code = await FileAsync();
        var association = await app.StaffClientAsync("association");
        var list = await (await association.GetAsync("/api/staff/complaints?pageSize=100")).JsonAsync();
        var visible = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackingCode").GetString()!).ToList();
        Assert.Single(visible);
        Assert.Equal("consumer_dispute", list.GetProperty("items")[0].GetProperty("category").GetString());
        Assert.Equal(HttpStatusCode.OK, (await association.GetAsync($"/api/staff/complaints/{visible[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await association.GetAsync($"/api/staff/complaints/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await association.GetAsync($"/api/staff/complaints/{code}/attachments/1")).StatusCode);
    }

    [Fact]
    public async Task Filters_and_paging_narrow_the_list_and_bad_filters_are_named()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var body = TestData.ValidComplaint();
        body["category"] = "food_safety";
        for (var i = 0; i < 3; i++) (await app.CreateClient().PostAsJsonAsync("/api/complaints", body)).EnsureSuccessStatusCode();

        var page1 = await (await inspector.GetAsync($"/api/staff/complaints?category=food_safety&ward={TestData.HomeWard}&pageSize=2")).JsonAsync();
        Assert.True(page1.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        Assert.All(page1.GetProperty("items").EnumerateArray(), i => Assert.Equal("food_safety", i.GetProperty("category").GetString()));
        var page2 = await (await inspector.GetAsync("/api/staff/complaints?category=food_safety&pageSize=2&page=2")).JsonAsync();
        Assert.NotEqual(page1.GetProperty("items")[0].GetProperty("trackingCode").GetString(), page2.GetProperty("items")[0].GetProperty("trackingCode").GetString());

        var future = await (await inspector.GetAsync("/api/staff/complaints?from=2099-01-01")).JsonAsync();
        Assert.Equal(0, future.GetProperty("total").GetInt32());

        var bad = await inspector.GetAsync("/api/staff/complaints?category=weapons&from=31-12-2026&pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(errors.TryGetProperty("from", out _));
        Assert.True(errors.TryGetProperty("pageSize", out _));
    }

    private async Task<string> FileAsync()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/complaints", TestData.ValidComplaint());
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("trackingCode").GetString()!;
    }
}

public sealed class StaffAccessTests_Sqlite(SqliteApp app) : StaffAccessTests<SqliteApp>(app);

public sealed class StaffAccessTests_Postgres(PostgresApp app) : StaffAccessTests<PostgresApp>(app);
