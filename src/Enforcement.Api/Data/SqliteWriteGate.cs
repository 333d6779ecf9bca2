using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Api.Data;

/// <summary>
/// The embedded SQLite database has one writer at a time. Writers of this process queue here, in
/// order, instead of polling SQLite's lock with growing sleeps (which left the lock idle while they
/// slept: the intake benchmark showed half its time in BEGIN and a p99 of hundreds of ms). Another
/// process, or a writer that waited too long, still falls back to SQLite's own busy wait.
/// </summary>
internal sealed class SqliteWriteGate
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);
    private static readonly object Held = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, object> _holders = [];

    public IInterceptor[] Interceptors => [new Transactions(this), new Connections(this)];

    private async Task EnterAsync(DbConnection connection, CancellationToken ct)
    {
        if (await _gate.WaitAsync(MaxWait, ct)) _holders.AddOrUpdate(connection, Held);
    }

    private void Enter(DbConnection connection)
    {
        if (_gate.Wait(MaxWait)) _holders.AddOrUpdate(connection, Held);
    }

    private void Leave(DbContextEventData eventData)
    {
        if (eventData.Context is { } context) Leave(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(context.Database));
    }

    private void Leave(DbConnection connection)
    {
        if (_holders.Remove(connection)) _gate.Release();
    }

    private sealed class Transactions(SqliteWriteGate gate) : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            gate.Enter(connection);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            await gate.EnterAsync(connection, cancellationToken);
            return result;
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => gate.Leave(eventData);
        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => gate.Leave(eventData);
        public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => gate.Leave(eventData);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            gate.Leave(eventData);
            return Task.CompletedTask;
        }

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            gate.Leave(eventData);
            return Task.CompletedTask;
        }

        public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            gate.Leave(eventData);
            return Task.CompletedTask;
        }
    }

    /// <summary>A transaction disposed without commit or rollback ends when its connection closes.</summary>
    private sealed class Connections(SqliteWriteGate gate) : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            gate.Leave(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            gate.Leave(connection);
            return ValueTask.FromResult(result);
        }
    }
}
