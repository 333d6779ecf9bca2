using Enforcement.Api.Data;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine;

/// <summary>Every write: the change and the risk hook in one transaction, or nothing.</summary>
internal static class GenuineWrite
{
    /// <summary>
    /// Saves what is tracked, then calls <see cref="GenuineChanges.BrandChangedAsync"/> for each changed brand (ids read
    /// after the save, so new brands have theirs). False when the database refused it (a unique key taken a moment ago).
    /// </summary>
    public static async Task<bool> SaveAsync(EnforcementDbContext db, Func<IEnumerable<long>> changedBrands, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var id in changedBrands().Distinct()) await GenuineChanges.BrandChangedAsync(db, id, ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public static ProblemHttpResult Conflict(string detailKey, params object[] args) =>
        TypedResults.Problem(Text.Format(detailKey, args), statusCode: StatusCodes.Status409Conflict, title: Text.Format(detailKey, args));
}
