using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff;

/// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign staff out.</summary>
internal sealed class LogoutModel(Enforcement.Api.Identity.StaffSessions sessions) : PageModel
{
    public IActionResult OnGet() => Page();

    /// <summary>Ends the session on the server too, so a copy of the cookie stops working.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await sessions.EndAsync(User, ct);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
