using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Tests.Integrity;

public sealed class CustodyChainTests
{
    private const string Id = "ev-1";

    [Fact]
    public void A_valid_chain_verifies()
    {
        var chain = Custody.Chain(Id, 5);
        Assert.Equal(Custody.Zeros, chain[0].PreviousHash);
        Assert.Empty(CustodyChain.Verify(Id, chain));
    }

    [Fact]
    public void Hash_covers_every_field_and_time_to_the_tick()
    {
        var at = DateTimeOffset.UnixEpoch;
        var baseline = CustodyChain.ComputeHash(Id, 1, "viewed", "a", at, null, Custody.Zeros);
        Assert.Matches("^[0-9a-f]{64}$", baseline);
        Assert.NotEqual(baseline, CustodyChain.ComputeHash(Id, 1, "viewed", "a", at.AddTicks(1), null, Custody.Zeros));
        Assert.NotEqual(baseline, CustodyChain.ComputeHash(Id, 1, "viewed", "a", at, "", Custody.Zeros));
        Assert.NotEqual(baseline, CustodyChain.ComputeHash("ev-2", 1, "viewed", "a", at, null, Custody.Zeros));
        Assert.Equal(baseline, CustodyChain.ComputeHash(Id, 1, "viewed", "a", at.ToOffset(TimeSpan.FromHours(7)), null, Custody.Zeros));
    }

    [Fact]
    public void Editing_an_entrys_reason_names_that_entry()
    {
        var chain = Custody.Chain(Id, 5);
        chain[2] = chain[2] with { Reason = "Lý do khác" };

        Assert.Equal(["Nhật ký lưu giữ: mục #3 bị sửa (hash không khớp)"], CustodyChain.Verify(Id, chain));
    }

    [Fact]
    public void Editing_and_rehashing_an_entry_breaks_the_link_to_the_next()
    {
        var chain = Custody.Chain(Id, 5);
        chain[2] = Custody.Rehash(Id, chain[2] with { Reason = "Lý do khác" });

        Assert.Equal(["Nhật ký lưu giữ: mục #4 không nối tiếp mục #3"], CustodyChain.Verify(Id, chain));
    }

    [Fact]
    public void Deleting_an_entry_names_the_missing_one()
    {
        var chain = Custody.Chain(Id, 5);
        chain.RemoveAt(1);

        Assert.Equal(["Nhật ký lưu giữ: thiếu mục #2"], CustodyChain.Verify(Id, chain));
    }

    [Fact]
    public void Reordering_entries_is_named()
    {
        var chain = Custody.Chain(Id, 5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        Assert.Equal(["Nhật ký lưu giữ: mục #3 không đúng thứ tự (đứng sau mục #1)"], CustodyChain.Verify(Id, chain));
    }

    [Fact]
    public void Renumbering_to_hide_a_deletion_is_caught()
    {
        var chain = Custody.Chain(Id, 4);
        chain.RemoveAt(1);
        chain[1] = chain[1] with { Sequence = 2 };
        chain[2] = chain[2] with { Sequence = 3 };

        var problems = CustodyChain.Verify(Id, chain);

        Assert.Equal("Nhật ký lưu giữ: mục #2 bị sửa (hash không khớp)", problems[0]);
    }

    [Fact]
    public void A_chain_of_another_evidence_or_an_empty_one_fails()
    {
        Assert.Contains("mục #1 bị sửa", CustodyChain.Verify("ev-2", Custody.Chain(Id, 2))[0], StringComparison.Ordinal);
        Assert.Equal(["Nhật ký lưu giữ: không có mục nào"], CustodyChain.Verify(Id, []));
    }
}
