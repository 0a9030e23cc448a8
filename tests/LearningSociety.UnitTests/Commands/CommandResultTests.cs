using LearningSociety.Domain.Commands;

namespace LearningSociety.UnitTests.Commands;

public sealed class CommandResultTests
{
    [Fact]
    public void Success_has_no_message_and_no_problems()
    {
        Assert.True(CommandResult.Success.Succeeded);
        Assert.Null(CommandResult.Success.Message);
        var ok = CommandResult.Ok(42);
        Assert.True(ok.Succeeded);
        Assert.Equal(42, ok.Required());
    }

    [Fact]
    public void A_refusal_carries_its_message_and_a_field_problem_sits_beside_its_field()
    {
        var refused = CommandResult.Refused("Kỳ “Năm 2026” của kế hoạch này đã được mở.");
        Assert.False(refused.Succeeded);
        Assert.Empty(refused.Problems);

        var invalid = CommandResult<int>.Invalid("year", "Năm của kỳ báo cáo phải từ 2000 đến 2100.");
        Assert.False(invalid.Succeeded);
        Assert.Equal(0, invalid.Value);
        Assert.Equal([new FieldProblem("year", "Năm của kỳ báo cáo phải từ 2000 đến 2100.")], invalid.Problems);
        Assert.Equal("Năm của kỳ báo cáo phải từ 2000 đến 2100.", invalid.Message);
    }

    [Fact]
    public void Required_turns_a_failure_into_a_fault_for_the_log()
    {
        var refused = CommandResult<string>.Refused("Vui lòng chọn quý.");
        Assert.Equal("Vui lòng chọn quý.", Assert.Throws<InvalidOperationException>(() => refused.Required()).Message);
    }
}
