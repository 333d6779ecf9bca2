using System.Security.Claims;
using System.Text;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Notes;

/// <summary>
/// Internal notes on a case: read and add, nothing else. There is no edit or delete: the case file is evidence,
/// so a note stays as it was written, under its author's name (a correction is a new note).
/// </summary>
internal static class CaseNoteEndpoints
{
    public static RouteGroupBuilder MapCaseNotes(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}/notes", ListAsync).WithName("ListCaseNotes")
            .WithSummary("The case's internal notes, oldest first. An outside agency's liaison sees the notes written from the handoff to its agency on. 404 when the case is not visible.")
            .Produces<List<CaseNoteView>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{code}/notes", AddAsync).WithName("AddCaseNote")
            .WithSummary("Add an internal note (multi-line, at most 4000 characters). Notes are never edited or deleted. 400 with a message per field; 404 when the case is not visible.")
            .Accepts<AddCaseNoteRequest>("application/json")
            .Produces<CaseNoteView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<List<CaseNoteView>>, ProblemHttpResult>> ListAsync(string code, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct) =>
        await CaseFileAccess.FindAsync(code, user, db, ct) is { } scope ? TypedResults.Ok(await QueryAsync(scope, db, ct)) : Problems.NotFound("error.notFound");

    internal static async Task<Results<Created<CaseNoteView>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string code, AddCaseNoteRequest? request, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await CaseFileAccess.FindAsync(code, user, db, ct) is not { } scope) return Problems.NotFound("error.notFound");
        var text = request?.Text is { } raw ? raw.Trim().Normalize(NormalizationForm.FormC) : null;
        var errors = new FieldErrors();
        if (TextRules.IsBlank(text)) errors.Add("text", Text.Get("note.error.required"));
        else if (text!.Length > CaseNote.MaxLength) errors.Add("text", Text.Format("note.error.tooLong", CaseNote.MaxLength));
        else errors.NoControlCharacters("text", text, multiline: true);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var note = new CaseNote
        {
            ComplaintId = scope.ComplaintId, Body = text!, WrittenAt = clock.GetUtcNow().UtcDateTime, JournalMark = scope.LastJournalId,
            AuthorUserName = user.UserName(), AuthorFullName = user.FindFirstValue(StaffClaims.FullName) ?? user.UserName(),
            AuthorRole = user.Role(), AuthorAgency = user.AgencyCodeOf(),
        };
        db.Add(note);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/staff/cases/{scope.Code}/notes", View(note));
    }

    /// <summary>Shared with the case page: the notes of the part of the case the caller sees.</summary>
    public static async Task<List<CaseNoteView>> QueryAsync(CaseFileAccess.Scope scope, EnforcementDbContext db, CancellationToken ct) =>
        (await db.Set<CaseNote>().AsNoTracking().Where(n => n.ComplaintId == scope.ComplaintId && n.JournalMark >= scope.FromJournalId)
            .OrderBy(n => n.Id).ToListAsync(ct)).Select(View).ToList();

    private static CaseNoteView View(CaseNote n) =>
        new(n.Id, n.Body, n.WrittenAt, n.AuthorUserName, n.AuthorFullName, n.AuthorRole, Text.Role(n.AuthorRole), n.AuthorAgency);
}
