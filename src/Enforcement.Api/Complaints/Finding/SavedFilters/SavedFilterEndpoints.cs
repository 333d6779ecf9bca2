using System.Security.Claims;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Complaints.Finding.SavedFilters;

/// <summary>GET/POST/DELETE /api/staff/saved-filters: each staff member's own named filters of the complaint list and the task queue.</summary>
internal static class SavedFilterEndpoints
{
    public static IEndpointRouteBuilder MapSavedFilters(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/saved-filters").WithTags("Saved filters").RequireAuthorization(Policies.ComplaintReader);
        group.MapGet("/", ListAsync).WithName("ListSavedFilters")
            .WithSummary("The caller's saved filters, optionally of one list (list=complaints|tasks).")
            .Produces<List<SavedFilterView>>();
        group.MapPost("/", SaveAsync).WithName("SaveFilter")
            .WithSummary("Saves the list's filters (query string) under a name; the same name again replaces them.")
            .Produces<SavedFilterView>(StatusCodes.Status201Created).Produces<SavedFilterView>().ProducesValidationProblem();
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteSavedFilter")
            .WithSummary("Deletes one of the caller's saved filters; another user's answers 404.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Ok<List<SavedFilterView>>> ListAsync(string? list, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await SavedFilterStore.ListAsync(user, db, list, ct));

    internal static async Task<Results<Created<SavedFilterView>, Ok<SavedFilterView>, ValidationProblem>> SaveAsync(
        SaveFilterRequest request, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (saved, created, errors) = await SavedFilterStore.SaveAsync(user, db, request, clock, ct);
        if (saved is null) return Problems.Validation(errors.ToDictionary());
        return created ? TypedResults.Created($"/api/staff/saved-filters/{saved.Id}", saved) : TypedResults.Ok(saved);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct) =>
        await SavedFilterStore.DeleteAsync(user, db, id, ct) ? TypedResults.NoContent() : Problems.NotFound("finding.savedFilter.notFound");
}
