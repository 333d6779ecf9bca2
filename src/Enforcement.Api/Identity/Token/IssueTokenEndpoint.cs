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
            .ProducesProblem(StatusCodes.Status423Locked)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Login);

    internal static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> IssueAsync(TokenRequest? request, LoginService login, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request?.UserName)) errors.Add("userName", Text.Format("error.required", "userName"));
        if (string.IsNullOrEmpty(request?.Password)) errors.Add("password", Text.Format("error.required", "password"));
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        return await login.VerifyAsync(request!.UserName, request.Password, ct) switch
        {
            LoginResult.Success s => TypedResults.SignIn(StaffClaims.Create(s.User, s.Agency, BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme),
            LoginResult.LockedOut l => TypedResults.Problem(Text.Format("error.lockedOut", l.Minutes), statusCode: StatusCodes.Status423Locked, title: Text.Format("error.lockedOut", l.Minutes)),
            _ => TypedResults.Problem(Text.Get("error.loginFailed"), statusCode: StatusCodes.Status401Unauthorized, title: Text.Get("error.loginFailed")),
        };
    }
}
