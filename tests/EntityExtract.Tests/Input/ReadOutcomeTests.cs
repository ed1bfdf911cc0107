using EntityExtract.Input;

namespace EntityExtract.Tests.Input;

public sealed class ReadOutcomeTests
{
    [Fact]
    public void Holds_exactly_one_of_text_and_problem()
    {
        var text = new DecodedText("t", TextEncodingKind.Utf8);
        var problem = new InputProblem("p", "permission denied");

        Assert.True(ReadOutcome.Success(text).Succeeded);
        Assert.False(ReadOutcome.Failure(problem).Succeeded);
        Assert.Throws<ArgumentException>(() => new ReadOutcome(text, problem));
        Assert.Throws<ArgumentException>(() => new ReadOutcome(null, null));
    }
}
