using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Enforcement.Api.Pages.Staff;

[EnableRateLimiting(RateLimits.Login)]
internal sealed class LoginModel(LoginService login, StaffSessions sessions) : PageModel
{
    public string? UserName { get; private set; }
    public string? Error { get; private set; }
    public string ReturnUrl { get; private set; } = "";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken ct)
    {
        UserName = userName;
        ReturnUrl = SafeReturn(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            Error = Text.Get("error.loginFailed");
        }
        else
        {
            if (await login.VerifyAsync(userName, password, ct) is LoginResult.Success s)
            {
                var session = await sessions.StartAsync(s.User, StaffSessions.Cookie, SessionLifetime, ct);
                var principal = StaffClaims.Create(s.User, s.Agency, CookieAuthenticationDefaults.AuthenticationScheme, session);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
                return LocalRedirect(ReturnUrl.Length > 0 ? ReturnUrl : Web.StaffLinks.Home(s.User.Role));
            }
            Error = Text.Get("error.loginFailed"); // locked or wrong: the same words
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>A working day; the cookie slides within it, the session does not.</summary>
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    /// <summary>Only local paths, so the login page cannot be used to send staff elsewhere; none: the role's home.</summary>
    private string SafeReturn(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "";
}
