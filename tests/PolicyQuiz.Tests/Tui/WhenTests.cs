using PolicyQuiz.Tui;

namespace PolicyQuiz.Tests.Tui;

public sealed class WhenTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(59.6, "in 1 minute")]
    [InlineData(600, "in 10 minutes")]
    [InlineData(3 * 3600, "in 3 hours")]
    [InlineData(24 * 3600, "tomorrow")]
    [InlineData(3 * 24 * 3600, "in 3 days")]
    [InlineData(14 * 24 * 3600, "in 2 weeks")]
    [InlineData(5, "now")]
    public void Returns_says_when_as_a_person_would(double seconds, string expected) =>
        Assert.Equal(expected, When.Returns(Now.AddSeconds(seconds), Now, TimeZoneInfo.Utc));

    [Fact]
    public void Late_in_the_evening_a_review_due_after_midnight_is_tomorrow()
    {
        var evening = new DateTimeOffset(2025, 4, 1, 21, 0, 0, TimeSpan.Zero);

        Assert.Equal("tomorrow", When.Returns(evening.AddHours(12), evening, TimeZoneInfo.Utc));
    }
}
