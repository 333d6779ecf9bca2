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
internal sealed class LoginModel(LoginService login) : PageModel
{
    public string? UserName { get; private set; }
    public string? Error { get; private set; }
    public string ReturnUrl { get; private set; } = "/staff/tasks";

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
            switch (await login.VerifyAsync(userName, password, ct))
            {
                case LoginResult.Success s:
                    var principal = StaffClaims.Create(s.User, s.Agency, CookieAuthenticationDefaults.AuthenticationScheme);
                    await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
                    return LocalRedirect(ReturnUrl);
                case LoginResult.LockedOut l:
                    Error = Text.Format("error.lockedOut", l.Minutes);
                    break;
                default:
                    Error = Text.Get("error.loginFailed");
                    break;
            }
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Only local paths, so the login page cannot be used to send staff elsewhere.</summary>
    private string SafeReturn(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/staff/tasks";
}
