using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Api.Complaints.Finding;

/// <summary>
/// Fills a new complaint's search text and business keys in the same SaveChanges that writes it, whoever writes it
/// (the public form, the demo data, an import). A complaint's text is not edited after filing; a feature that edits
/// it calls <see cref="ComplaintSearchText.Apply"/> with its listing URLs loaded.
/// </summary>
internal sealed class ComplaintSearchInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Fill(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fill(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Fill(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries<Complaint>().Where(e => e.State == EntityState.Added))
            ComplaintSearchText.Apply(entry.Entity);
    }
}
