namespace EntityExtract.Tests.Text;

public sealed class TokenizerAbbreviationTests
{
    [Theory]
    [InlineData("in sign of U.S. alarm", new[] { "in", "sign", "of", "U.S.", "alarm" })]
    [InlineData("U.K. and U.N. officials", new[] { "U.K.", "and", "U.N.", "officials" })]
    [InlineData("Mr. Smith met Mrs. Jones and Ms. Lee.", new[] { "Mr.", "Smith", "met", "Mrs.", "Jones", "and", "Ms.", "Lee", "." })]
    [InlineData("Dr. Brown, Gen. Lee, Sen. Kerry, Rep. Lewis, Gov. Brown", new[] { "Dr.", "Brown", ",", "Gen.", "Lee", ",", "Sen.", "Kerry", ",", "Rep.", "Lewis", ",", "Gov.", "Brown" })]
    [InlineData("Lt. Col. Capt. Sgt. Prof. Smith", new[] { "Lt.", "Col.", "Capt.", "Sgt.", "Prof.", "Smith" })]
    [InlineData("Jan. Feb. Aug. Sept. Oct. Nov. Dec. 5", new[] { "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "5" })]
    [InlineData("Apple Inc. and Acme Corp. with Smith Co. Ltd.", new[] { "Apple", "Inc.", "and", "Acme", "Corp.", "with", "Smith", "Co.", "Ltd." })]
    [InlineData("St. Louis and Mt. Everest", new[] { "St.", "Louis", "and", "Mt.", "Everest" })]
    [InlineData("King Jr. and Bush Sr. spoke", new[] { "King", "Jr.", "and", "Bush", "Sr.", "spoke" })]
    [InlineData("Russia vs. Ukraine, tanks etc.", new[] { "Russia", "vs.", "Ukraine", ",", "tanks", "etc." })]
    [InlineData("the No. 5 seed", new[] { "the", "No.", "5", "seed" })]
    [InlineData("she said No.", new[] { "she", "said", "No", "." })]
    [InlineData("talks in Moscow.", new[] { "talks", "in", "Moscow", "." })]
    [InlineData("held in the U.S.", new[] { "held", "in", "the", "U.S." })]
    [InlineData("Mr.Smith", new[] { "Mr.", "Smith" })]
    [InlineData("Smith et al. found", new[] { "Smith", "et", "al.", "found" })]
    public void Abbreviations_keep_their_period(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Theory]
    [InlineData("John F. Kerry", new[] { "John", "F.", "Kerry" })]
    [InlineData("Defense Secretary Ashton B. Carter said", new[] { "Defense", "Secretary", "Ashton", "B.", "Carter", "said" })]
    [InlineData("J.R.R. Tolkien", new[] { "J.R.R.", "Tolkien" })]
    [InlineData("the U.S.A. today", new[] { "the", "U.S.A.", "today" })]
    [InlineData("at 10 a.m. and 5 p.m.", new[] { "at", "10", "a.m.", "and", "5", "p.m." })]
    [InlineData("a Ph.D. student", new[] { "a", "Ph.D.", "student" })]
    [InlineData("e.g. this, i.e. that", new[] { "e.g.", "this", ",", "i.e.", "that" })]
    [InlineData("the U.S troops", new[] { "the", "U.S", "troops" })]
    [InlineData("Syria.The", new[] { "Syria", ".", "The" })]
    [InlineData("a.", new[] { "a", "." })]
    public void Initials_and_dotted_acronyms_are_one_token(string text, string[] expected) => TokenAssert.Texts(text, expected);

    [Fact]
    public void Initial_offsets_are_exact() => TokenAssert.Spans("John F. Kerry", (0, 4), (5, 7), (8, 13));
}
