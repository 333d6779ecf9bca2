using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Admin;

/// <summary>Administrators manage accounts; a switched-off account or a new password ends the old sessions at once.</summary>
public abstract partial class AdminUserTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Creating_a_user_answers_every_bad_field_in_vietnamese_and_writes_nothing()
    {
        var admin = await app.StaffClientAsync("admin");
        var usersBefore = (await (await admin.GetAsync("/api/staff/admin/users")).JsonAsync()).GetArrayLength();
        var auditBefore = (await (await admin.GetAsync("/api/staff/admin/audit")).JsonAsync()).GetProperty("total").GetInt32();

        var errors = await (await admin.PostAsJsonAsync("/api/staff/admin/users", new
        {
            userName = "Inspector", fullName = " ", email = "khong-phai-email", role = "boss", agency = "NOPE", team = "NOPE", password = "ngan1",
        })).ErrorsAsync();
        Assert.Equal(["Tên đăng nhập này đã được dùng."], errors["userName"]);
        Assert.Equal(["Vui lòng nhập trường này."], errors["fullName"]);
        Assert.Equal(["Địa chỉ email không hợp lệ."], errors["email"]);
        Assert.Equal(["Vai trò không hợp lệ."], errors["role"]);
        Assert.Equal(["Không tìm thấy cơ quan này."], errors["agency"]);
        Assert.Equal(["Không tìm thấy đội này."], errors["team"]);
        Assert.StartsWith("Mật khẩu cần từ 12", errors["password"].Single(), StringComparison.Ordinal);

        var name = "moi" + Guid.NewGuid().ToString("N")[..8];
        errors = await (await admin.PostAsJsonAsync("/api/staff/admin/users", new
        {
            userName = name, fullName = "Hoàng Văn Mới", role = "agency_liaison", agency = "CA", team = "QLTT-D1", password = name + "-2026-dai",
        })).ErrorsAsync();
        Assert.Equal(["Đội này không thuộc cơ quan đã chọn."], errors["team"]);
        Assert.StartsWith("Mật khẩu cần từ 12", errors["password"].Single(), StringComparison.Ordinal); // holds the user name
        Assert.Equal(2, errors.Count);

        Assert.Equal(usersBefore, (await (await admin.GetAsync("/api/staff/admin/users")).JsonAsync()).GetArrayLength());
        Assert.Equal(auditBefore, (await (await admin.GetAsync("/api/staff/admin/audit")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/staff/admin/users/{name}")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_users_token_and_cookie_fail_at_once_and_stay_ended_after_reactivation()
    {
        var admin = await app.StaffClientAsync("admin");
        var name = await admin.NewInspectorAsync("tat");
        var bearer = await app.BearerAsync(name, AdminClient.StrongPassword);
        var browser = await app.CookieAsync(name, AdminClient.StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/staff/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/tasks")).StatusCode);

        var off = await admin.PostAsync($"/api/staff/admin/users/{name}/deactivate", null);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await off.JsonAsync()).GetProperty("isActive").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/staff/tasks")).StatusCode);
        var page = await browser.GetAsync("/staff/tasks");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/staff/login", page.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.TokenAsync(name, AdminClient.StrongPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/staff/admin/users/{name}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/staff/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.BearerAsync(name, AdminClient.StrongPassword)).GetAsync("/api/staff/tasks")).StatusCode);

        var self = await (await admin.PostAsync("/api/staff/admin/users/admin/deactivate", null)).ErrorsAsync();
        Assert.Equal(["Bạn không thể tự vô hiệu hóa tài khoản của mình."], self["userName"]);
        var demote = await (await admin.PatchAsJsonAsync("/api/staff/admin/users/admin", new { role = "analyst" })).ErrorsAsync();
        Assert.Equal(["Bạn không thể tự bỏ vai trò quản trị của mình."], demote["role"]);
    }

    [Fact]
    public async Task A_password_reset_ends_the_old_sessions_and_only_the_new_password_signs_in()
    {
        var admin = await app.StaffClientAsync("admin");
        var name = await admin.NewInspectorAsync("mk");
        var bearer = await app.BearerAsync(name, AdminClient.StrongPassword);

        var weak = await (await admin.PostAsJsonAsync($"/api/staff/admin/users/{name}/reset-password", new { password = "abcdefghijkl" })).ErrorsAsync();
        Assert.StartsWith("Mật khẩu cần từ 12", weak["password"].Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/staff/tasks")).StatusCode);

        const string fresh = "Mat-khau-moi-2027";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/staff/admin/users/{name}/reset-password", new { password = fresh })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/staff/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.TokenAsync(name, AdminClient.StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.TokenAsync(name, fresh)).StatusCode);
    }

    [Fact]
    public async Task Releasing_a_lockout_lets_the_user_sign_in_again()
    {
        var admin = await app.StaffClientAsync("admin");
        var name = await admin.NewInspectorAsync("khoa");
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await app.TokenAsync(name, "sai-mat-khau-" + i)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.TokenAsync(name, AdminClient.StrongPassword)).StatusCode);
        var locked = await (await admin.GetAsync($"/api/staff/admin/users/{name}")).JsonAsync();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, locked.GetProperty("lockedUntil").ValueKind);

        var released = await admin.PostAsync($"/api/staff/admin/users/{name}/release-lockout", null);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await released.JsonAsync()).GetProperty("lockedUntil").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await app.TokenAsync(name, AdminClient.StrongPassword)).StatusCode);
    }
}

public sealed class AdminUserTests_Sqlite(SqliteApp app) : AdminUserTests<SqliteApp>(app);

public sealed class AdminUserTests_Postgres(PostgresApp app) : AdminUserTests<PostgresApp>(app);
