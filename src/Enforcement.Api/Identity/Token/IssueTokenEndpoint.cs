using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Identity.Token;

public sealed record TokenRequest(string? UserName, string? Password);

internal static class IssueTokenEndpoint
{
    public static RouteHandlerBuilder MapIssueToken(this RouteGroupBuilder group) =>
        group.MapPost("/token", IssueAsync)
            .WithName("IssueToken")
            .WithSummary("Exchange a staff user name and password for a bearer token.")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Login);

    public static RouteGroupBuilder MapSignOut(this RouteGroupBuilder group)
    {
        group.MapPost("/logout", SignOutAsync).WithName("SignOut")
            .WithSummary("End the session of this bearer token: the token stops working at once, on every instance.")
            .RequireAuthorization(Policies.Staff).DisableAntiforgery();
        return group;
    }

    internal static async Task<NoContent> SignOutAsync(System.Security.Claims.ClaimsPrincipal user, StaffSessions sessions, CancellationToken ct)
    {
        await sessions.EndAsync(user, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> IssueAsync(TokenRequest? request, LoginService login, StaffSessions sessions,
        Microsoft.Extensions.Options.IOptionsMonitor<BearerTokenOptions> bearer, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request?.UserName)) errors.Add("userName", Text.Format("error.required", "userName"));
        if (string.IsNullOrEmpty(request?.Password)) errors.Add("password", Text.Format("error.required", "password"));
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        if (await login.VerifyAsync(request!.UserName, request.Password, ct) is not LoginResult.Success s)
            return TypedResults.Problem(Text.Get("error.loginFailed"), statusCode: StatusCodes.Status401Unauthorized, title: Text.Get("error.loginFailed"));
        var session = await sessions.StartAsync(s.User, StaffSessions.Token, bearer.Get(BearerTokenDefaults.AuthenticationScheme).BearerTokenExpiration, ct);
        return TypedResults.SignIn(StaffClaims.Create(s.User, s.Agency, BearerTokenDefaults.AuthenticationScheme, session), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }
}
