// Relations: every predicate of the ontology and every modality, on
// sentences written for these tests.
#include <algorithm>

#include "extract/extract_test_util.h"

namespace dossier::testing {
namespace {

// The Sweida fighting, Israel's strikes on Damascus and the EU's word on
// "the killings": read both ways in the tables below.
constexpr const char* kSweidaKillings =
    "The fighting in Sweida has exposed how little control Syria's new authorities have over the south. "
    "Clashes between Druze militias and Sunni Bedouin tribes broke out on 13 July after a Druze merchant "
    "was kidnapped on the Damascus highway. Government troops sent to restore order were soon accused of "
    "executing civilians and looting homes, and the death toll passed one thousand within a week. Israel "
    "intervened on behalf of the Druze. On 16 July, Israeli aircraft struck the Ministry of Defence in "
    "Damascus and targets near the presidential palace, and Defence Minister Israel Katz warned that the "
    "strikes would continue until government forces withdrew from Sweida. Prime Minister Benjamin "
    "Netanyahu said Israel would not allow the Syrian army to deploy south of Damascus. The European "
    "Union condemned the killings and urged an independent investigation.";

// The HOLDS_POSITION relation of `person` (anyone's, when empty) in `body`,
// or nullptr.
const Relation* OfficeHeld(const Document& d, const std::string& person, const std::string& body) {
  for (const auto& r : d.relations)
    if (r.predicate == Predicate::kHoldsPosition && d.entities[r.object].name == body &&
        (person.empty() || d.entities[r.subject].name == person))
      return &r;
  return nullptr;
}

struct Case {
  const char* text;
  const char* subject;
  Predicate predicate;
  const char* object;
  Modality modality;
};

class RelationCase : public ::testing::TestWithParam<Case> {};

TEST_P(RelationCase, Found) {
  const Case& c = GetParam();
  Document d = Extract(c.text, "2024-06-01");
  auto m = Related(d, c.subject, c.predicate, c.object);
  ASSERT_TRUE(m.has_value()) << c.text << "\nfound:\n" << Dump(d);
  EXPECT_EQ(Name(*m), Name(c.modality)) << c.text << "\nfound:\n" << Dump(d);
}

using P = Predicate;
using M = Modality;

const Case kPredicates[] = {
    {"Uzbek President Shavkat Mirziyoyev opened the forum.", "Shavkat Mirziyoyev", P::kHoldsPosition, "Uzbekistan", M::kAsserted},
    {"Mongolia joined the Shanghai Cooperation Organization as an observer.", "Mongolia", P::kMemberOf, "Shanghai Cooperation Organization", M::kAsserted},
    {"Aigerim Nurlanova, a senior fellow at the Caspian Policy Forum, disagreed.", "Aigerim Nurlanova", P::kWorksFor, "Caspian Policy Forum", M::kAsserted},
    {"Kim Yo Jong, Kim Jong Un's sister, issued a statement.", "Kim Yo Jong", P::kFamilyOf, "Kim Jong Un", M::kAsserted},
    {"Violent protests in Georgia continued for weeks.", "protests in Georgia", P::kLocatedIn, "Georgia", M::kAsserted},
    {"Finland shares a long border with Russia.", "Finland", P::kBorders, "Russia", M::kAsserted},
    {"Ecuador, Peru and Bolivia founded the Andean Water Council in 2019.", "Peru", P::kFounded, "Andean Water Council", M::kAsserted},
    {"Vietnam has deepened cooperation with India on maritime security.", "Vietnam", P::kCooperatesWith, "India", M::kAsserted},
    {"Chancellor Olaf Scholz met Chinese Premier Li Qiang in Berlin.", "Olaf Scholz", P::kMeets, "Li Qiang", M::kAsserted},
    {"Canada supports the territorial integrity of Moldova.", "Canada", P::kSupports, "Moldova", M::kAsserted},
    {"Hungary opposed the new accession talks with Ukraine.", "Hungary", P::kOpposes, "talks with Ukraine", M::kAsserted},
    {"President Lula praised Indonesia for its mediation.", "Luiz Inácio Lula da Silva", P::kPraises, "Indonesia", M::kAsserted},
    {"Norway condemned Israel over the strikes.", "Norway", P::kCriticizes, "Israel", M::kAsserted},
    {"Japan provided humanitarian assistance to Ukraine last winter.", "Japan", P::kAids, "Ukraine", M::kAsserted},
    {"Azerbaijan attacked Armenian positions near the border, and Armenia responded.", "Azerbaijan", P::kAttacks, "Armenia", M::kAsserted},
    {"Australia imposed sanctions on Iran after the trial.", "Australia", P::kSanctions, "Iran", M::kAsserted},
    {"Officials sanctioned under the Global Magnitsky Act include Gulnara Karimova.", "Global Magnitsky Act", P::kTargets, "Gulnara Karimova", M::kAsserted},
    {"The embargo imposed by the United States still bites.", "embargo", P::kEnactedBy, "United States", M::kAsserted},
    {"Chad and Sudan took part in the Khartoum summit of 2023.", "Chad", P::kParticipatesIn, "Khartoum summit of 2023", M::kAsserted},
    {"Iranian authorities detained Narges Mohammadi again.", "Iran", P::kDetains, "Narges Mohammadi", M::kAsserted},
};
INSTANTIATE_TEST_SUITE_P(Predicates, RelationCase, ::testing::ValuesIn(kPredicates));

const Case kModalities[] = {
    {"Serbia imposed sanctions on Belarus.", "Serbia", P::kSanctions, "Belarus", M::kAsserted},
    {"Serbia has not imposed sanctions on Russia.", "Serbia", P::kSanctions, "Russia", M::kNegated},
    {"Lawmakers urged Britain to impose sanctions on Georgia.", "United Kingdom", P::kSanctions, "Georgia", M::kProposed},
    {"Turkey could impose sanctions on Syria if the attacks continue.", "Turkey", P::kSanctions, "Syria", M::kHypothetical},
    {"Kazakhstan does not support the war in Ukraine.", "Kazakhstan", P::kOpposes, "war in Ukraine", M::kAsserted},
    {"Egypt refused to recognize the annexation of the Golan Heights.", "Egypt", P::kOpposes, "annexation of the Golan Heights", M::kAsserted},
    {"Armenia does not border Iran's rival, but Armenia borders Georgia.", "Armenia", P::kBorders, "Georgia", M::kAsserted},
    {"Brazil may cooperate with China on satellites.", "Brazil", P::kCooperatesWith, "China", M::kHypothetical},
    {"The opposition demands that Kyrgyzstan should join the European Union.", "Kyrgyzstan", P::kMemberOf, "European Union", M::kProposed},
};
INSTANTIATE_TEST_SUITE_P(Modalities, RelationCase, ::testing::ValuesIn(kModalities));

// "elected X of the Y Party as prime minister": the office after the
// name's party.
TEST(Relations, AppointeeOfAPartyTakesTheOfficeAfterAs) {
  auto d = Extract("Parliament elected Anutin Charnvirakul of the Bhumjaithai Party as prime minister in September.",
                   "2025-10-01");
  EXPECT_EQ(Related(d, "Anutin Charnvirakul", P::kHoldsPosition, "Thailand"), M::kAsserted) << Dump(d);
}

// "the interim government led by X": a government led by the person is
// the office the knowledge base gives him then.
TEST(Relations, GovernmentLedByAPersonIsHisOffice) {
  auto d = Extract("The interim government led by Nobel laureate Muhammad Yunus has asked New Delhi to extradite her.",
                   "2025-11-20");
  EXPECT_EQ(Related(d, "Muhammad Yunus", P::kHoldsPosition, "Bangladesh"), M::kAsserted) << Dump(d);
}

// "Finance Minister X sought talks with Treasury Secretary Y": an official
// a verb stands between is the other side, not a colleague whose state the
// bare title takes.
TEST(Relations, BareTitleAcrossAVerbKeepsTheArticleState) {
  auto d = Extract(
      "Brazil's Quarrel\n\nBrazil faces tariffs. Brazil answered. Brazil will not yield. Finance Minister Paulo "
      "Tavares sought talks with Treasury Secretary Scott Bessent, but the call was cancelled.",
      "2025-10-14");
  EXPECT_EQ(Related(d, "Paulo Tavares", P::kHoldsPosition, "Brazil"), M::kAsserted) << Dump(d);
  EXPECT_FALSE(Related(d, "Paulo Tavares", P::kHoldsPosition, "United States")) << Dump(d);
}

// "designated X, a former judge, as prime minister": the office the
// knowledge base has then.
TEST(Relations, DesignatedAsGivesTheOffice) {
  auto d = Extract("Days later Aoun designated Nawaf Salam, a former president of the International Court of "
                   "Justice, as prime minister.",
                   "2025-09-03");
  EXPECT_EQ(Related(d, "Nawaf Salam", P::kHoldsPosition, "Lebanon"), M::kAsserted) << Dump(d);
}

// "Governor Axel Kicillof of Buenos Aires province": a capital before
// "province" is the place itself, not the state it is the capital of.
TEST(Relations, CapitalBeforeProvinceIsThePlace) {
  auto d = Extract("Argentina voted on Sunday. Governor Axel Kicillof of Buenos Aires province had hoped to win.",
                   "2025-10-30");
  EXPECT_EQ(Related(d, "Axel Kicillof", P::kHoldsPosition, "Buenos Aires Province"), M::kAsserted) << Dump(d);
  EXPECT_FALSE(Related(d, "Axel Kicillof", P::kHoldsPosition, "Argentina")) << Dump(d);
}

// "President X blamed the American embargo; Prime Minister Y admitted": a
// clause after a semicolon has its own states.
TEST(Relations, SemicolonClauseKeepsTheArticleState) {
  auto d = Extract("Cuba in the Dark\n\nCuba is in crisis. Cuba has no fuel. Cuba waits. President Miguel Díaz-Canel "
                   "blamed the American embargo for the failures; Prime Minister Ramón Ortega admitted mistakes.",
                   "2025-03-15");
  EXPECT_EQ(Related(d, "Ramón Ortega", P::kHoldsPosition, "Cuba"), M::kAsserted) << Dump(d);
}

// "named General Horta N'Tam, the chief of the army's general staff, as
// transitional president": a transitional title is the office.
TEST(Relations, TransitionalTitleAfterAsIsTheOffice) {
  auto d = Extract("The army named General Horta N'Tam, the chief of the army's general staff, as transitional "
                   "president for one year.",
                   "2025-11-30");
  EXPECT_EQ(Related(d, "Horta N'Tam", P::kHoldsPosition, "Guinea-Bissau"), M::kAsserted) << Dump(d);
}

// "Energy Minister X said Belgrade had asked the Russian owners": the
// article's state, named first after the title, keeps the office.
TEST(Relations, ArticleStateFirstAfterTheTitleKeepsTheOffice) {
  auto d = Extract("Serbia's Oil\n\nSerbia needs fuel. Serbia has one refinery. Serbia waits. Energy Minister Dubravka "
                   "Đedović Handanović said Belgrade had asked the Russian owners to sell their stake.",
                   "2025-10-10");
  EXPECT_EQ(Related(d, "Dubravka Đedović Handanović", P::kHoldsPosition, "Serbia"), M::kAsserted) << Dump(d);
}

// "Lukoil's foreign assets face the same choice after the sanctions imposed
// on the company": a company its own sentence named comes before one the
// text described as a company earlier.
TEST(Relations, CompanyAnaphorPrefersItsOwnSentence) {
  auto d = Extract("The United States imposed sanctions on NIS, the Serbian oil company, in January. Lukoil's foreign "
                   "assets face the same choice after the sanctions imposed on the company in October.",
                   "2025-10-10");
  bool lukoil = false, nis = false;
  for (const auto& r : d.relations) {
    if (r.predicate != P::kTargets) continue;
    const std::string& target = d.entities[r.object].name;
    lukoil = lukoil || target == "Lukoil";
    nis = nis || (target == "Naftna Industrija Srbije" && r.evidence.front().sentence == d.sentences.size() - 1);
  }
  EXPECT_TRUE(lukoil) << Dump(d);
  EXPECT_FALSE(nis) << Dump(d);
}

// "Chief Cabinet Secretary Minoru Kihara said the government's position on
// Taiwan had not changed": a state named well after the title is no owner
// of the office.
TEST(Relations, StateNamedFarAfterTheTitleKeepsTheArticleState) {
  auto d = Extract("Japan's Budget\n\nJapan spends more. Japan worries. Japan waits. Chief Cabinet Secretary Minoru "
                   "Kihara said the government's position on Taiwan had not changed.",
                   "2025-12-10");
  EXPECT_EQ(Related(d, "Minoru Kihara", P::kHoldsPosition, "Japan"), M::kAsserted) << Dump(d);
}

// "the party of outgoing Prime Minister Múte Egede" in an article about
// Greenland: a territory that governs itself may be the article's state.
TEST(Relations, SelfGoverningTerritoryMayBeTheArticlesState) {
  auto d = Extract("Greenland votes. Greenland counts. Greenland waits. Inuit Ataqatigiit, the party of outgoing Prime "
                   "Minister Múte Egede, fell to third place.",
                   "2025-03-20");
  EXPECT_EQ(Related(d, "Múte Egede", P::kHoldsPosition, "Greenland"), M::kAsserted) << Dump(d);
}

// "Marta Kos, the enlargement commissioner", "former construction minister
// Goran Vesić": a title whose topic stands before its head word fits the
// office "Commissioner for Enlargement", "Minister of Construction".
TEST(Relations, TitleWithItsTopicFirstFitsTheOffice) {
  auto d = Extract("Marta Kos, the enlargement commissioner, met Aleksandar Vučić in Belgrade. Prosecutors charged "
                   "former construction minister Goran Vesić.",
                   "2025-07-02");
  EXPECT_EQ(Related(d, "Marta Kos", P::kHoldsPosition, "European Commission"), M::kAsserted) << Dump(d);
  EXPECT_EQ(Related(d, "Goran Vesić", P::kHoldsPosition, "Serbia"), M::kAsserted) << Dump(d);
}

// "the Kremlin aide Yuri Ushakov": a same_role_* list of the lexicon says
// that the title names the "Presidential Aide" office.
TEST(Relations, SameRoleListsNameOneOffice) {
  auto d = Extract("The Russian delegation included the Kremlin aide Yuri Ushakov.", "2025-08-18");
  EXPECT_EQ(Related(d, "Yuri Ushakov", P::kHoldsPosition, "Russia"), M::kAsserted) << Dump(d);
}

// "appointed Kim Min-seok ... as prime minister, and Wi Sung-lac ... as
// national security adviser": the second appointee of the verb.
TEST(Relations, SecondAppointeeTakesTheOfficeAfterAs) {
  auto d = Extract("Lee Jae-myung appointed Kim Min-seok, a four-term lawmaker, as prime minister, and Wi Sung-lac, a "
                   "former ambassador to Russia, as national security adviser.",
                   "2025-06-05");
  EXPECT_EQ(Related(d, "Wi Sung-lac", P::kHoldsPosition, "South Korea"), M::kAsserted) << Dump(d);
}

// "Lavrov said ..., and Vučić attended the parade. He met Putin there": of
// two people opening clauses, the one the article names more often is "he".
TEST(Relations, PronounPrefersTheArticlesProtagonist) {
  auto d = Extract("Aleksandar Vučić faces protests. Vučić refuses to resign. Students distrust Vučić. Foreign "
                   "Minister Sergei Lavrov said the protests resembled a \"colour revolution,\" and Vučić attended "
                   "the parade in Moscow. He met Vladimir Putin there.",
                   "2025-07-02");
  EXPECT_EQ(Related(d, "Aleksandar Vučić", P::kMeets, "Vladimir Putin"), M::kAsserted) << Dump(d);
  EXPECT_FALSE(Related(d, "Sergei Lavrov", P::kMeets, "Vladimir Putin")) << Dump(d);
}

// "His first call with Donald Trump came two days later": a possessive
// opening a sentence is the person the sentence before is about.
TEST(Relations, OpeningPossessiveIsThePersonBefore) {
  auto d = Extract("Lee Jae-myung was sworn in on June 4. His first call with Donald Trump came two days later.",
                   "2025-06-05");
  EXPECT_EQ(Related(d, "Lee Jae-myung", P::kMeets, "Donald Trump"), M::kAsserted) << Dump(d);
}

// "Georgescu, a critic of NATO who has praised the interwar fascist leader
// Corneliu Codreanu": "who" after a body inside a person's apposition is
// the person; a praise may name its object with words before the title.
TEST(Relations, WhoPastABodyInAnAppositionIsThePerson) {
  auto d = Extract("Călin Georgescu, a critic of NATO, won the first round. Georgescu, a critic of NATO who has "
                   "praised the interwar fascist leader Corneliu Codreanu, was barred from the rerun.",
                   "2025-05-19");
  EXPECT_EQ(Related(d, "Călin Georgescu", P::kPraises, "Corneliu Codreanu"), M::kAsserted) << Dump(d);
}

// "Lars Klingbeil, the SPD co-leader, became vice-chancellor", "Johann
// Wadephul took over the foreign ministry": the office after a verb of
// becoming, and the minister of a ministry someone runs, are the offices
// the knowledge base knows.
TEST(Relations, OfficeBecomeOrMinistryRunIsTheKnownOffice) {
  auto d = Extract("Lars Klingbeil, the SPD co-leader, became vice-chancellor.", "2025-05-12");
  EXPECT_EQ(Related(d, "Lars Klingbeil", P::kHoldsPosition, "Germany"), M::kAsserted) << Dump(d);
  auto w = Extract("Johann Wadephul of the CDU took over the foreign ministry.", "2025-05-12");
  EXPECT_EQ(Related(w, "Johann Wadephul", P::kHoldsPosition, "Germany"), M::kAsserted) << Dump(w);
  auto p = Extract("Boris Pistorius kept the defence ministry he has run since 2023.", "2025-05-12");
  EXPECT_EQ(Related(p, "Boris Pistorius", P::kHoldsPosition, "Germany"), M::kAsserted) << Dump(p);
}

// "the army chief, General Ashok Raj Sigdel": a rank that fits no office
// gives way to the title before the comma; "army chief" is the
// commander-in-chief the knowledge base knows ("his aide" too).
TEST(Relations, TitleBeforeTheRankAndCommaIsTheOffice) {
  auto d = Extract("After talks with the army chief, General Ashok Raj Sigdel, the president acted.", "2025-09-16");
  EXPECT_EQ(Related(d, "Ashok Raj Sigdel", P::kHoldsPosition, "Nepal"), M::kAsserted) << Dump(d);
  auto b = Extract("General Abdel Fattah al-Burhan, the army chief, declared three days of mourning.", "2025-11-05");
  EXPECT_EQ(Related(b, "Abdel Fattah al-Burhan", P::kHoldsPosition, "Sudanese Armed Forces"), M::kAsserted)
      << Dump(b);
  auto m = Extract("Vladimir Putin sent a team led by his aide Vladimir Medinsky.", "2025-06-04");
  EXPECT_EQ(Related(m, "Vladimir Medinsky", P::kHoldsPosition, "Russia"), M::kAsserted) << Dump(m);
}

// "The junta has ended the Algiers agreement and accused Algeria": the
// junta, the police or the regime opening a sentence act for the state the
// article is about; so does "it" after an opening phrase that names no
// subject ("Landlocked between Russia and China, it pursues ...").
TEST(Relations, StateAgentsAndOpeningPhrasesStandForTheArticleState) {
  auto d = Extract("Mali's Generals\n\nMali votes. Mali waits. Mali worries. The junta has ended the Algiers "
                   "agreement and accused Algeria of supporting terrorists.",
                   "2025-07-15");
  EXPECT_EQ(Related(d, "Mali", P::kCriticizes, "Algeria"), M::kAsserted) << Dump(d);
  auto m = Extract("Mongolia's Choice\n\nMongolia votes. Mongolia waits. Landlocked between Russia and China, it "
                   "pursues a policy of its own, building ties with the United States and Japan.",
                   "2025-06-16");
  EXPECT_EQ(Related(m, "Mongolia", P::kCooperatesWith, "United States"), M::kAsserted) << Dump(m);
  EXPECT_FALSE(Related(m, "Russia", P::kCooperatesWith, "United States")) << Dump(m);
}

// "Deputy Secretary of State Christopher Landau": a word before a title
// that, with it, names the person's known office.
TEST(Relations, CapitalisedWordBeforeATitleMayCompleteIt) {
  auto d = Extract("Deputy Secretary of State Christopher Landau attended the inauguration.", "2025-11-10");
  EXPECT_EQ(Related(d, "Christopher Landau", P::kHoldsPosition, "United States"), M::kAsserted) << Dump(d);
}

// "The United Nations human rights chief, Volker Türk": a same_role_* list
// ties the title to the office the knowledge base knows.
TEST(Relations, RightsChiefIsTheHighCommissioner) {
  auto d = Extract("The United Nations human rights chief, Volker Türk, called for an investigation.", "2025-11-06");
  EXPECT_EQ(Related(d, "Volker Türk", P::kHoldsPosition, "United Nations"), M::kAsserted) << Dump(d);
}

// "Andriy Yermak, the head of the presidential office,": a title of five
// words in an apposition.
TEST(Relations, LongTitleInAnApposition) {
  auto d = Extract("Andriy Yermak, the head of the presidential office, kept his post until November.", "2025-07-20");
  EXPECT_EQ(Related(d, "Andriy Yermak", P::kHoldsPosition, "Ukraine"), M::kAsserted) << Dump(d);
}

// "its former co-chair": the masked text drops the hyphen, the role keeps it.
TEST(Relations, CoChairKeepsItsHyphen) {
  auto d = Extract("The DEM Party wants the release of its former co-chair Selahattin Demirtaş.");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Selahattin Demirtaş") {
      EXPECT_EQ(r.attributes.at("role"), "Co-Chair") << Dump(d);
      found = true;
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "parliament elected X prime minister", "a footballer whom the party
// installed as president": an office of the article's state, with no "as"
// after a verb of appointing, or in an object relative clause.
TEST(Relations, OfficesOfTheArticleStateWithoutAs) {
  auto d = Extract("Thailand Votes\n\nBangkok, September 2025\n\nThailand is in crisis. In September parliament "
                   "elected Somchai Wongsawat prime minister with the support of the opposition.");
  EXPECT_EQ(Related(d, "Somchai Wongsawat", P::kHoldsPosition, "Thailand"), M::kAsserted) << Dump(d);
  auto g = Extract("Georgia Votes\n\nTbilisi, December 2025\n\nGeorgia is in crisis. Zurab Beridze, a former "
                   "footballer whom Georgian Dream installed as president in December, has received Orban.");
  EXPECT_EQ(Related(g, "Zurab Beridze", P::kHoldsPosition, "Georgia"), M::kAsserted) << Dump(g);
}

// "has also sought new markets, signing agreements with China": the
// asserted reading of the verb's own clause stands for the proposed one of
// the wider clause.
TEST(Relations, AssertedReadingOfOneSentenceStandsForProposed) {
  auto d = Extract("Lula da Silva has turned the dispute to his advantage. Luiz Inácio Lula da Silva has also sought "
                   "new markets, signing agreements with China and Mexico and pressing the European Union to ratify "
                   "its trade deal with Mercosur.");
  EXPECT_EQ(Related(d, "Luiz Inácio Lula da Silva", P::kCooperatesWith, "China"), M::kAsserted) << Dump(d);
  for (const auto& r : d.relations)
    EXPECT_FALSE(r.predicate == P::kCooperatesWith && d.entities[r.object].name == "China" &&
                 r.modality == M::kProposed)
        << Dump(d);
}

TEST(Relations, OfficesFromTheKnowledgeBaseRespectTerms) {
  auto now = Extract("President Biden spoke.", "2023-05-01");
  EXPECT_TRUE(Related(now, "Joe Biden", P::kHoldsPosition, "United States"));
  auto before = Extract("President Biden spoke.", "2015-05-01");  // Vice President then, not President
  EXPECT_FALSE(Related(before, "Joe Biden", P::kHoldsPosition, "United States"));
  auto after = Extract("Former President Nursultan Nazarbayev spoke.", "2022-01-10");
  ASSERT_TRUE(Related(after, "Nursultan Nazarbayev", P::kHoldsPosition, "Kazakhstan"));
  for (const auto& r : after.relations) {
    if (r.predicate == P::kHoldsPosition) {
      EXPECT_EQ(r.attributes.at("former"), "true");
    }
  }
}

TEST(Relations, LeaderIdiomsGiveTheOfficeOfTheTime) {
  for (const char* text : {"The Maduro government arrested opposition figures.",
                           "Critics of the regime of Nicolás Maduro fled.", "Maduro's Venezuela defaulted."}) {
    auto d = Extract(text, "2024-06-01");
    EXPECT_TRUE(Related(d, "Nicolás Maduro", P::kHoldsPosition, "Venezuela")) << text << "\n" << Dump(d);
  }
  // A possessive in front of another state's adjective is no office there.
  auto counterpart = Extract("Maduro's Colombian counterpart visited Caracas.", "2024-06-01");
  EXPECT_FALSE(Related(counterpart, "Nicolás Maduro", P::kHoldsPosition, "Colombia")) << Dump(counterpart);
  // Out of office on the article's date: still his office, marked former.
  auto later = Extract("The Obama administration imposed sanctions.", "2020-01-01");
  ASSERT_TRUE(Related(later, "Barack Obama", P::kHoldsPosition, "United States")) << Dump(later);
  for (const auto& r : later.relations) {
    if (r.predicate == P::kHoldsPosition) {
      EXPECT_EQ(r.attributes.at("former"), "true");
    }
  }
}

TEST(Relations, EvidenceCameoAndOneRelationPerModality) {
  auto d = Extract("Poland imposed sanctions on Belarus. Later Poland imposed sanctions on Belarus again.");
  int count = 0;
  for (const auto& r : d.relations) {
    if (r.predicate != P::kSanctions) continue;
    ++count;
    EXPECT_EQ(r.attributes.at("cameo"), "163");
    EXPECT_EQ(r.evidence.size(), 2u);
    EXPECT_EQ(d.text.substr(r.evidence[0].span.start, r.evidence[0].span.size()), r.evidence[0].text);
  }
  EXPECT_EQ(count, 1);
}

TEST(Relations, SubjectCarriedAcrossSentences) {
  auto d = Extract("Kazakhstan faces hard choices. The Central Asian nation supports the sanctions on Russia.");
  EXPECT_TRUE(Related(d, "Kazakhstan", P::kSupports, "sanctions on Russia"));
}

TEST(Relations, AsidesDoNotLendTheirSubject) {
  auto d = Extract("Japan, whose southern islands lie close to Taiwan, expressed concern about the Joint Sword "
                   "exercises, and the Philippines has expanded military cooperation with the United States.");
  EXPECT_TRUE(Related(d, "Japan", P::kCriticizes, "Joint Sword exercises")) << Dump(d);
  EXPECT_FALSE(Related(d, "Taiwan", P::kCriticizes, "Joint Sword exercises")) << Dump(d);
  EXPECT_FALSE(Related(d, "Japan", P::kCriticizes, "Philippines")) << Dump(d);  // a new clause, not a list
}

TEST(Relations, AnaphorsForcesAndAlliances) {
  auto d = Extract("Turkey brokered the deal. Russia withdrew, and its forces then attacked the port of Odesa.");
  EXPECT_TRUE(Related(d, "Russia", P::kAttacks, "Odesa")) << Dump(d);
  EXPECT_FALSE(Related(d, "Turkey", P::kAttacks, "Odesa")) << Dump(d);
  auto a = Extract("Kyrgyzstan hosted the CSTO summit. Later Kyrgyzstan criticized the alliance for its silence.");
  EXPECT_TRUE(Related(a, "Kyrgyzstan", P::kCriticizes, "Collective Security Treaty Organization")) << Dump(a);
  auto n = Extract("ECOWAS imposed sanctions on Niger. Mali and Niger founded the Alliance of Sahel States.");
  EXPECT_TRUE(Related(n, "Mali", P::kFounded, "Alliance of Sahel States")) << Dump(n);
  EXPECT_FALSE(Related(n, "Mali", P::kFounded, "ECOWAS")) << Dump(n);  // a name, not "the alliance"
}

TEST(Relations, SupportForEndingAWarIsOpposition) {
  auto d = Extract("The White House said it supports any effort to end the war in Yemen.");
  EXPECT_TRUE(Related(d, "White House", P::kOpposes, "war in Yemen")) << Dump(d);
  EXPECT_FALSE(Related(d, "White House", P::kSupports, "war in Yemen")) << Dump(d);
}

TEST(Relations, MilitaryChiefsAndMinistersOfState) {
  auto d = Extract("Pakistani army chief Asim Munir met Donald Trump. Saudi minister of state Adel al-Jubeir visited "
                   "Islamabad.");
  EXPECT_EQ(Related(d, "Asim Munir", P::kHoldsPosition, "Pakistan"), M::kAsserted) << Dump(d);
  EXPECT_EQ(Related(d, "Adel al-Jubeir", P::kHoldsPosition, "Saudi Arabia"), M::kAsserted) << Dump(d);
  for (const auto& r : d.relations) {
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Adel al-Jubeir") {
      EXPECT_EQ(r.attributes.at("role"), "Minister of State");
    }
  }
}

// Offices read with the article's date, and whether each is over: the
// person (any, when ""), the body or state, and the "former" mark.
struct DatedOffice {
  const char* text;
  const char* date;
  const char* person;
  const char* body;
  bool former;
  const char* role = nullptr;  // the role written, where the case checks it
};

const DatedOffice kDatedOffices[] = {
    // A former office in an apposition, after a title of the present one.
    {"Secretary General Mark Rutte, the former Dutch prime minister, persuaded the allies.",
     "2025-06-20", "", "Netherlands", true},
    // ... however the apposition ends: a relative clause after the title too
    // (with no article date, only the word says the term is over).
    {"Hun Sen, the former prime minister who still leads the ruling party, has used the dispute.",
     "", "Hun Sen", "Cambodia", true},
    // "resigned as prime minister": the knowledge base's office, held before.
    {"K. P. Sharma Oli resigned as prime minister on 9 September.",
     "2025-12-05", "K. P. Sharma Oli", "Nepal", true},
    // "Sandu, re-elected president in 2024,": a participle of appointing
    // opening the apposition gives the title of the knowledge base's office.
    {"Sandu, re-elected president in 2024, said the result showed that Moldovans wanted to live in "
     "peace.",
     "2025-12-05", "Maia Sandu", "Moldova", false},
    // "stripped X of his mandate as president of Y": an office held before.
    {"In August the commission stripped Milorad Dodik of his mandate as president of Republika Srpska.",
     "2025-12-05", "Milorad Dodik", "Republika Srpska", true},
    // "her former home minister": the state the woman named before governed
    // last, out of office now.
    {"On 17 November a special tribunal in Dhaka sentenced Sheikh Hasina to death in absentia. Asaduzzaman Khan "
     "Kamal, her former home minister, received the same sentence.",
     "2025-12-05", "Asaduzzaman Khan Kamal", "Bangladesh", true},
    // The service secretaries are titles as the department heads are.
    {"Marco Rubio and Dan Driscoll, the US army secretary, discussed the plan in Geneva.",
     "2025-11-24", "Dan Driscoll", "United States", false, "Secretary of the Army"},
    // "swore in" gives the office after "as" to the name after it, past a
    // rank and an apposition.
    {"Officers seized the presidential palace in Bissau. A day later they swore in General Horta N'Tam, the army "
     "chief of staff, as transitional president for one year.",
     "2025-11-28", "Horta N'Tam", "Guinea-Bissau", false, "Transitional President"},
    // "replaced X as prime minister with Y": Y takes the office X held then.
    {"Haiti is in crisis. In November the council replaced Garry Conille as prime minister with Alix Didier "
     "Fils-Aimé, a businessman.",
     "2024-11-20", "Alix Didier Fils-Aimé", "Haiti", false, "Prime Minister"},
    // "had resigned as": an office left, in the past perfect too.
    {"Marcel Ciolacu had resigned as prime minister after the first round.", "2025-11-20", "Marcel Ciolacu",
     "Romania", true, "Prime Minister"},
    // "His Tajik counterpart, X" opening a sentence: the office of the one
    // named in the sentence before, in the counterpart's state.
    {"Kamchybek Tashiev, the head of Kyrgyzstan's security service, led the talks. His Tajik counterpart, "
     "Saimumin Yatimov, was less effusive.",
     "2025-11-20", "Saimumin Yatimov", "Tajikistan", false, "Head of Security Service"},
    // The head of a state's own body holds that body's office in the state,
    // no head of state.
    {"Kirill Dmitriev, the head of Russia's sovereign wealth fund, flew in.", "2025-12-06", "Kirill Dmitriev",
     "Russia", false, "Head of Sovereign Wealth Fund"},
    // A military rank before the name is no office: the one the knowledge
    // base gives the person in that state is.
    {"Burkina Faso's Captain Ibrahim Traoré has fared little better.", "2025-11-28", "Ibrahim Traoré",
     "Burkina Faso", false, "President"},
    // A body's choice of someone as its chair.
    {"The Kuomintang's choice of Cheng Li-wun as its chair in October 2025 surprised many.", "2025-11-28",
     "Cheng Li-wun", "Kuomintang", false, "Chair"},
    // "the foreign ministry's spokeswoman" fits the knowledge base's
    // "Foreign Ministry Spokeswoman".
    {"Maria Zakharova, the foreign ministry's spokeswoman, said it.", "2025-11-28", "Maria Zakharova", "Russia",
     false, "Foreign Ministry Spokeswoman"},
    // "former" before the state that names the title.
    {"China has also sanctioned a former Philippine senator, Francis Tolentino, for what it called anti-China "
     "behaviour.",
     "2025-12-06", "Francis Tolentino", "Philippines", true, "Senator"},
    // "the region's leader": the breakaway region named before.
    {"The breakaway region of Transnistria went cold. Vadim Krasnoselsky, the region's leader, blamed Chișinău.",
     "2025-12-06", "Vadim Krasnoselsky", "Transnistria", false, "Leader"},
    // A body's co-leaders named after its possessive each lead it.
    {"The AfD grew. The party's co-leaders, Alice Weidel and Tino Chrupalla, met JD Vance.", "2025-12-06",
     "Tino Chrupalla", "Alternative for Germany", false, "Co-Leader"},
    // "made X, the wife of Y, co-president of the republic".
    {"Nicaragua is small. Nicaragua's reform made Rosario Murillo, the wife of Daniel Ortega, co-president of the "
     "republic. Nicaragua is poor.",
     "2025-11-01", "Rosario Murillo", "Nicaragua", false, "Co-President"},
    // "had served as" a title: an office in the article's state.
    {"Nicaragua is small. Nicaragua is poor. Nicaragua is far. Rosario Murillo had served as vice-president since "
     "2017.",
     "2025-11-01", "Rosario Murillo", "Nicaragua", false, "Vice President"},
    // "a former vice-president under Ortega".
    {"Nicaragua is small. Nicaragua is poor. Nicaragua is far. The writer Sergio Ramírez, a former vice-president "
     "under Ortega, lives in Madrid.",
     "2025-11-01", "Sergio Ramírez", "Nicaragua", true, "Vice President"},
    // "another former prime minister", alone or second in the apposition.
    {"Australia is far. Australia is big. Australia is dry. Kevin Rudd, the envoy and another former prime "
     "minister, had criticised Trump.",
     "2025-11-01", "Kevin Rudd", "Australia", true, "Prime Minister"},
    // A mandate lost as president: held before.
    {"Only weeks earlier Milorad Dodik had lost his mandate as president of Republika Srpska.", "2025-12-01",
     "Milorad Dodik", "Republika Srpska", true, "President"},
    // A former title before "who", in a sentence the article's state opens
    // after a date.
    {"Ecuador is poor. Ecuador is small. Ecuador is violent. In April 2024 Ecuadorian police raided the Mexican "
     "embassy in Quito to arrest Jorge Glas, a former vice-president who had sought asylum there.",
     "2025-12-01", "Jorge Glas", "Ecuador", true, "Vice President"},
    // A party "under" its leader.
    {"His critics, including the Democratic Party of Kosovo under Bedri Hamza, say he has isolated the country.",
     "2025-12-01", "Bedri Hamza", "Democratic Party of Kosovo", false, "Leader"},
    // "X, Y's predecessor": the office Y holds, held before.
    {"Rwanda deployed troops in 2021 at the request of Filipe Nyusi, Daniel Chapo's predecessor.", "2025-12-01",
     "Filipe Nyusi", "Mozambique", true, "President"},
    // An apposition's second office, and its first a party's named by a
    // common word before "party".
    {"In August 2025 a court in N'Djamena sentenced Succès Masra, the leader of the Transformers party and a former "
     "prime minister, to twenty years in prison.",
     "2025-12-01", "Succès Masra", "Chad", true, "Prime Minister"},
    {"In August 2025 a court in N'Djamena sentenced Succès Masra, the leader of the Transformers party and a former "
     "prime minister, to twenty years in prison.",
     "2025-12-01", "Succès Masra", "Transformers", false, "Leader"},
    // A term served as the state's president, past an aside.
    {"Emmerson Mnangagwa is serving his second and, according to the constitution, final term as Zimbabwe's "
     "president, which ends in 2028.",
     "2025-12-01", "Emmerson Mnangagwa", "Zimbabwe", false, "President"},
    // An age in words before the title.
    {"Rached Ghannouchi, the eighty-four-year-old leader of Ennahda and a former speaker of parliament, has been in "
     "prison since April 2023.",
     "2025-12-01", "Rached Ghannouchi", "Ennahda", false, "Leader"},
    // "a deputy foreign minister": one of the state's deputies.
    {"Roman Vassilenko, a deputy foreign minister, told reporters in Astana that Kazakhstan would comply. Kazakhstan "
     "is big. Kazakhstan is rich.",
     "2025-12-01", "Roman Vassilenko", "Kazakhstan", false, "Deputy Foreign Minister"},
    // "until" a date before the article's: held before.
    {"Vasyl Maliuk, who led the SBU until January 2025, made the strikes on refineries a priority.", "2025-12-01",
     "Vasyl Maliuk", "SBU", true, "Head"},
    // "envoy" fits the known "Special Envoy for Ukraine".
    {"Keith Kellogg, the president's envoy, suggested in public that Ukraine should be allowed to strike deeper.",
     "2025-12-01", "Keith Kellogg", "United States", false, "Special Envoy for Ukraine"},
    // "became state president", "has remained prime minister": offices in
    // the article's state.
    {"Vietnam is big. Vietnam is long. Vietnam is green. Luong Cuong, a general, became state president in October "
     "2024, and Pham Minh Chinh has remained prime minister.",
     "2025-12-01", "Pham Minh Chinh", "Vietnam", false, "Prime Minister"},
    {"Vietnam is big. Vietnam is long. Vietnam is green. Luong Cuong, a general, became state president in October "
     "2024, and Pham Minh Chinh has remained prime minister.",
     "2025-12-01", "Luong Cuong", "Vietnam", false, "State President"},
    // "from 2011 until his death": over.
    {"The Communist Party of Vietnam rules. Nguyen Phu Trong, who led the party from 2011 until his death in July "
     "2024, ran a campaign.",
     "2025-12-01", "Nguyen Phu Trong", "Communist Party of Vietnam", true, "Head"},
    // A title with its portfolio before the comma and the name.
    {"The eastern authorities expelled a delegation, including the European commissioner for migration, Magnus "
     "Brunner, from Benghazi.",
     "2025-12-01", "Magnus Brunner", "European Commission", false, "Commissioner for Migration"},
    // A home name before "in" and a city is that city's state's body.
    {"Libya has two governments. The House of Representatives in Tobruk, led by Aguila Saleh, backs a rival "
     "government.",
     "2025-12-01", "Aguila Saleh", "House of Representatives of Libya", false, "Leader"},
    // "who succeeded his father as president".
    {"Serdar Berdimuhamedov, who succeeded his father as president in 2022, has kept the country closed.",
     "2025-12-01", "Serdar Berdimuhamedov", "Turkmenistan", false, "President"},
    // An adviser to a leader named after his title and a comma.
    {"Ali Akbar Velayati, an adviser to the supreme leader, Ali Khamenei, said that Iran would block the corridor.",
     "2025-12-01", "Ali Akbar Velayati", "Iran", false, "Adviser"},
    // A state named past the comma that closes the apposition is not the
    // office's.
    {"Australia is far. Australia is big. Australia is dry. Kevin Rudd, the ambassador in Washington and another "
     "former prime minister, had criticised Trump.",
     "2025-11-01", "Kevin Rudd", "Australia", true, "Prime Minister"},
    // The state the headline opens with, named nearly as often as the one
    // named most, is the article's.
    {"Serbia's Refinery Caught Between Washington and Moscow\n\nRussia's Gazprom Neft owns the Serbian refinery. "
     "Russian owners must sell, and Russia objects. Serbia needs fuel, Belgrade says. Dubravka Đedović Handanović, the "
     "energy minister, said the government was talking to Moscow.",
     "2025-12-01", "Dubravka Đedović Handanović", "Serbia", false, "Energy Minister"},
    // The state whose ministry of the title's portfolio the sentence before
    // names.
    {"Mali is poor. Mali is vast. Mali is hot. Many joined the Africa Corps, a force under the direct control of "
     "Russia's defence ministry. Yunus-Bek Yevkurov, a deputy defence minister, visited Bamako.",
     "2025-12-01", "Yunus-Bek Yevkurov", "Russia", false, "Deputy Defence Minister"},
    // "The group" is the body an apposition described, not its possessor.
    {"Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's affiliate in the Sahel, has blockaded fuel deliveries to "
     "Bamako. Schools closed for weeks. The group's leader, Iyad Ag Ghaly, has demanded that the junta apply Islamic "
     "law.",
     "2025-12-01", "Iyad Ag Ghaly", "Jama'at Nusrat al-Islam wal-Muslimin", false, "Leader"},
    // An office in the apposition of one dismissed was held before.
    {"Sadyr Japarov dismissed Kamchybek Tashiev, the head of the State Committee for National Security, in February "
     "2026.",
     "2026-03-01", "Kamchybek Tashiev", "State Committee for National Security", true, "Head"},
    // The copula before a title: the knowledge base's office.
    {"Sanae Takaichi had been prime minister for barely two weeks when she told the Diet that a blockade could "
     "threaten Japan.",
     "2025-11-24", "Sanae Takaichi", "Japan", false, "Prime Minister"},
    // Fiala's government ended on 9 December 2025.
    {"The outgoing government of Petr Fiala organised the ammunition initiative.", "2025-12-12", "Petr Fiala",
     "Czech Republic", true, "Prime Minister"},
    // A title in an apposition, then a participle and "by".
    {"On 8 September he replaced five ministers, among them Sri Mulyani Indrawati, the finance minister respected by "
     "investors for more than a decade.",
     "2025-09-15", "Sri Mulyani Indrawati", "Indonesia", true, "Finance Minister"},
    // The apposition's person resigned after it.
    {"Andriy Yermak, the head of the Presidential Office and the most powerful official in Ukraine after Volodymyr "
     "Zelensky himself, resigned on 28 November.",
     "2025-11-30", "Andriy Yermak", "Presidential Office", true, "Head"},
    // A predecessor whatever the verbs between say.
    {"Chancellor Friedrich Merz leads the coalition. Merz has refused to send Taurus cruise missiles, as his "
     "predecessor Olaf Scholz did before him.",
     "2025-11-10", "Olaf Scholz", "Germany", true, "Chancellor"},
    // An apposition to one forced out names the office held until then.
    {"Tigray's politics are in turmoil. Soldiers forced out Getachew Reda, the head of the Tigray Interim "
     "Administration, in March.",
     "2025-11-01", "Getachew Reda", "Tigray Interim Administration", true, "Head"},
    // Raila Odinga led the Orange Democratic Movement until his death on 15 October 2025.
    {"In March Ruto signed a cooperation agreement with Raila Odinga, the veteran opposition leader, bringing "
     "members of the Orange Democratic Movement into the government.",
     "2025-11-20", "Raila Odinga", "Orange Democratic Movement", true, "Leader"},
    // "whose predecessor" names one who held the office before.
    {"President Shavkat Mirziyoyev, whose predecessor Islam Karimov once warned that upstream dams could cause war, "
     "has called the project a symbol.",
     "2025-11-25", "Islam Karimov", "Uzbekistan", true, "President"},
    // A relative clause on the name that leaves the office ends it.
    {"The new speaker, Dashzegviin Amarbayasgalan, who resigned under pressure weeks later, was loyal to the party.",
     "2025-11-25", "Dashzegviin Amarbayasgalan", "Mongolia", true, "Speaker of the State Great Khural"},
    {"Estonia's prime minister, Jaan Kuusk, who resigned in June, was unpopular.", "2025-11-25", "Jaan Kuusk",
     "Estonia", true, "Prime Minister"},
    // A verb that leaves the office right after the name ends it.
    {"GreenLeft-Labour, whose leader Frans Timmermans resigned after its disappointing result, lost seats.",
     "2025-11-25", "Frans Timmermans", "GreenLeft–Labour", true, "Leader"},
    // The one succeeded or replaced after a comma held the office before.
    {"Serdar Berdimuhamedov became president in 2022, succeeding his father, Gurbanguly Berdimuhamedov, who now "
     "chairs the council.",
     "2025-11-28", "Gurbanguly Berdimuhamedov", "Turkmenistan", true, "President"},
    {"Alexandru Munteanu, an investment banker, was confirmed as prime minister of Moldova in October, replacing Dorin "
     "Recean.",
     "2025-11-28", "Dorin Recean", "Moldova", true, "Prime Minister"},
    // A verb of leaving with an object leaves no office ("quit the talks").
    {"Estonia's prime minister, Jaan Kuusk, who quit the coalition talks in June, was unpopular.", "2025-11-25",
     "Jaan Kuusk", "Estonia", false, "Prime Minister"},
    // A predecessor held the office before.
    {"Joe Biden's predecessor, Donald Trump, imposed tariffs on China.",
     "2023-05-01", "Donald Trump", "United States", true},
};

TEST(Relations, DatedOfficesAndWhetherTheyAreOver) {
  for (const auto& c : kDatedOffices) {
    auto d = Extract(c.text, c.date);
    const Relation* r = OfficeHeld(d, c.person, c.body);
    ASSERT_NE(r, nullptr) << c.text << Dump(d);
    EXPECT_EQ(r->attributes.count("former"), c.former ? 1u : 0u) << c.text << Dump(d);
    if (c.role) {
      EXPECT_EQ(r->attributes.at("role"), c.role) << c.text << Dump(d);
    }
  }
}

// "visited Georgetown in March and warned that an attack would be ...": the
// "would" of a clause after the date does not move the month ahead.
TEST(Relations, AMonthBeforeAThatClauseLooksBack) {
  auto d = Extract("Marco Rubio visited Georgetown in March and warned that an attack on Guyana would be a very bad "
                   "day for the Venezuelan regime.",
                   "2025-12-05");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kMeets && r.attributes.count("date")) {
      found = true;
      EXPECT_EQ(r.attributes.at("date"), "2025-03") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "After Russia invaded Ukraine in February 2022, ... in March": a month
// alone is read near the date its sentence named before it, not the
// article's.
TEST(Relations, AMonthAloneFollowsTheSentencesNamedDate) {
  auto d = Extract("After Russia invaded Ukraine in February 2022, the European Union sanctioned Rosneft in March.",
                   "2024-06-01");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kSanctions && r.attributes.count("date")) {
      found = true;
      EXPECT_EQ(r.attributes.at("date"), "2022-03") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "X, a historian who ran the Institute ..., succeeded Andrzej Duda": the
// one succeeded held only the offices the knowledge base gives him of
// those the successor holds.
TEST(Relations, APredecessorTakesOnlyTheOfficesHeHeld) {
  auto d = Extract("Karol Nawrocki, a historian who ran the Institute of National Remembrance, won the runoff in "
                   "June. Nawrocki, who ran as an independent, succeeded Andrzej Duda in August.",
                   "2025-11-25");
  const Relation* president = OfficeHeld(d, "Andrzej Duda", "Poland");
  ASSERT_NE(president, nullptr) << Dump(d);
  EXPECT_EQ(president->attributes.count("former"), 1u) << Dump(d);
  EXPECT_EQ(OfficeHeld(d, "Andrzej Duda", "Institute of National Remembrance"), nullptr) << Dump(d);
}

// "Abiy replaced X as head of ... with General Y": Y takes the office, not
// the one who replaced X.
TEST(Relations, TheOnePutInAfterWithTakesTheOffice) {
  auto d = Extract("Abiy Ahmed replaced Getachew Reda as head of the Tigray interim administration in March 2025 "
                   "with General Tadesse Werede.",
                   "2025-11-25");
  EXPECT_NE(OfficeHeld(d, "Tadesse Werede", "Tigray"), nullptr) << Dump(d);
  EXPECT_EQ(OfficeHeld(d, "Abiy Ahmed", "Tigray"), nullptr) << Dump(d);
}

// "Kamil Idris, a former United Nations official": a post held before.
TEST(Relations, AFormerPostInAnAppositionIsFormer) {
  auto d = Extract("Burhan appointed Kamil Idris, a former United Nations official, as prime minister in May.",
                   "2025-12-03");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kWorksFor && d.entities[r.object].name == "United Nations") {
      found = true;
      EXPECT_EQ(r.attributes.count("former"), 1u) << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "Petro, his wife Verónica Alcocer, his son Nicolás": each relative's own
// role, not the next one's read as an apposition.
TEST(Relations, ARelativeInAListTakesItsOwnRole) {
  auto d = Extract("On 24 October the Treasury sanctioned Gustavo Petro, his wife Verónica Alcocer, his son Nicolás "
                   "and his interior minister, Armando Benedetti.",
                   "2025-12-05");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kFamilyOf && d.entities[r.subject].name == "Verónica Alcocer") {
      found = true;
      EXPECT_EQ(r.attributes.at("role"), "Wife") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "served" holds an office only with "as" and the title.
TEST(Relations, ServingTimeIsNoOffice) {
  auto d = Extract("South Korea is tense. South Korea is divided. South Korea is rich. Lee Jae-myung served two "
                   "years in the army.",
                   "2025-11-01");
  EXPECT_EQ(OfficeHeld(d, "Lee Jae-myung", "South Korea"), nullptr) << Dump(d);
}

// A founder named by a noun was not founding on the sentence's date, and
// kinship is of no date at all.
TEST(Relations, FounderNounsAndKinshipTakeNoDate) {
  struct Case {
    const char* text;
    P predicate;
  };
  const Case cases[] = {
      {"In October 2024 Devlet Bahçeli suggested that Abdullah Öcalan, the PKK's founder, could address parliament.",
       P::kFounded},
      {"In September 2024 Turkmenistan began building the Afghan section, at a ceremony attended by Serdar "
       "Berdimuhamedov's father, Gurbanguly.",
       P::kFamilyOf},
  };
  for (const Case& c : cases) {
    auto d = Extract(c.text, "2025-12-01");
    auto r = std::find_if(d.relations.begin(), d.relations.end(),
                          [&](const Relation& x) { return x.predicate == c.predicate; });
    ASSERT_NE(r, d.relations.end()) << c.text << Dump(d);
    EXPECT_EQ(r->attributes.count("date"), 0u) << c.text << Dump(d);
  }
}

// "did not respond to Trump's offer to meet him": the negation is the
// response's; the meeting offered is only proposed, not also negated.
TEST(Relations, NegationOutsideAnOfferLeavesTheMeetingProposed) {
  auto d = Extract("Kim Jong Un did not respond to Trump's offer to meet him during the trip.");
  for (const auto& r : d.relations) {
    if (r.predicate == Predicate::kMeets) {
      EXPECT_EQ(r.modality, Modality::kProposed) << Dump(d);
    }
  }
  EXPECT_TRUE(Related(d, "Donald Trump", Predicate::kMeets, "Kim Jong Un")) << Dump(d);
}

// A state's office after "who was" is said of the person named, not a
// mention of whoever holds it now; "until" ends the term.
TEST(Relations, AnOfficeAfterWhoWasIsThePersonsOwn) {
  auto d = Extract("Kaja Kallas, who was Estonia's prime minister until last year, has pushed the EU to act.", "");
  EXPECT_EQ(FindEntity(d, "Kristen Michal"), nullptr) << Dump(d);
  const Relation* r = OfficeHeld(d, "Kaja Kallas", "Estonia");
  ASSERT_NE(r, nullptr) << Dump(d);
  EXPECT_EQ(r->attributes.count("former"), 1u) << Dump(d);
}

// Of two presidents in office named before, "the president" is the one the
// sentence before named.
TEST(Relations, ABareTitleIsTheHolderTheSentenceBeforeNamed) {
  auto d = Extract("Donald Trump returned Cuba to the list. Miguel Díaz-Canel blames the embargo for everything. In a "
                   "speech in July, the president accused the United States of strangling the island.",
                   "2025-09-01");
  EXPECT_EQ(Related(d, "Miguel Díaz-Canel", P::kCriticizes, "United States"), M::kAsserted) << Dump(d);
  EXPECT_FALSE(Related(d, "Donald Trump", P::kCriticizes, "United States").has_value()) << Dump(d);
}

// Who rules a state is its leader, with the role written as every other
// role is.
TEST(Relations, WhoRulesAStateIsItsLeader) {
  auto d = Extract("Alexander Lukashenko has ruled Belarus since 1994.");
  const Relation* r = OfficeHeld(d, "Alexander Lukashenko", "Belarus");
  ASSERT_NE(r, nullptr) << Dump(d);
  EXPECT_EQ(r->attributes.at("role"), "Leader") << Dump(d);
}

// Of two offices of one family the person holds, the one the text names:
// the commander-in-chief is not the acting president.
TEST(Relations, TheOfficeTheTextNamesOutranksItsFamily) {
  auto d = Extract("Min Aung Hlaing, the commander-in-chief, has promised a return to civilian rule.", "2025-11-01");
  const Relation* r = OfficeHeld(d, "Min Aung Hlaing", "Myanmar");
  ASSERT_NE(r, nullptr) << Dump(d);
  EXPECT_EQ(r->attributes.at("role"), "Commander-in-Chief") << Dump(d);
}

// A Dutch minister the knowledge base knows is the Netherlands', in an
// article that names China more often.
TEST(Relations, AKnownMinisterIsHisOwnStatesInAnArticleAboutAnother) {
  auto d = Extract("China's Wingtech owns Nexperia. Beijing retaliated against Chinese losses. Vincent Karremans, the "
                   "economy minister, said the company's Chinese chief executive had moved production to China.",
                   "2025-10-15");
  EXPECT_EQ(Related(d, "Vincent Karremans", P::kHoldsPosition, "Netherlands"), M::kAsserted) << Dump(d);
  EXPECT_FALSE(Related(d, "Vincent Karremans", P::kHoldsPosition, "China").has_value()) << Dump(d);
}

// "late" right before a title says the office was held before.
TEST(Relations, ALatePresidentHeldTheOfficeBefore) {
  for (const char* text : {"Uzbekistan's late president, Islam Karimov, warned that the project could cause wars.",
                           "The late President Islam Karimov warned of wars over water."}) {
    auto d = Extract(text, "");
    const Relation* r = OfficeHeld(d, "Islam Karimov", "Uzbekistan");
    ASSERT_NE(r, nullptr) << Dump(d);
    EXPECT_EQ(r->attributes.count("former"), 1u) << Dump(d);
  }
}

// An unknown former office holder of the state the article is about: a
// past office there, besides the bloc the person leads.
TEST(Relations, AFormerTitleNamesAPastOfficeInTheArticlesState) {
  auto d = Extract("CHISINAU — Moldova's ruling party won the election. Voters in Moldova were paid to back the "
                   "Patriotic Electoral Bloc, led by former president Igor Dodon. Moldova will now form a cabinet.",
                   "2025-09-30");
  bool state = false, bloc = false;
  for (const auto& r : d.relations) {
    if (r.predicate != P::kHoldsPosition || d.entities[r.subject].name != "Igor Dodon") continue;
    if (d.entities[r.object].name == "Moldova") {
      state = true;
      EXPECT_EQ(r.attributes.count("former"), 1u) << Dump(d);
    }
    if (d.entities[r.object].name == "Patriotic Electoral Bloc") bloc = true;
  }
  EXPECT_TRUE(state) << Dump(d);
  EXPECT_TRUE(bloc) << Dump(d);
}

TEST(Relations, SouredTiesAreNotAlsoAsserted) {
  auto d = Extract("Relations between Baku and Moscow have soured since the crash.");
  EXPECT_EQ(Related(d, "Azerbaijan", P::kCooperatesWith, "Russia"), M::kNegated) << Dump(d);
  EXPECT_EQ(d.relations.size(), 1u) << Dump(d);
}

TEST(Relations, ListsYieldOneRelationEach) {
  auto d = Extract("Kazakhstan is a member of the CSTO, the Eurasian Economic Union and the SCO.");
  EXPECT_TRUE(Related(d, "Kazakhstan", P::kMemberOf, "Collective Security Treaty Organization"));
  EXPECT_TRUE(Related(d, "Kazakhstan", P::kMemberOf, "Eurasian Economic Union"));
  EXPECT_TRUE(Related(d, "Kazakhstan", P::kMemberOf, "Shanghai Cooperation Organization"));
}

// Readings of sentences that once went wrong, each with what must be read
// and, below, what must not.
const Case kReadings[] = {
    // Lists need a conjunction; ", and" after one name starts a clause.
    {"Russia and China congratulated Maduro, and Iran sent its foreign minister to Caracas.", "China", P::kPraises,
     "Nicolás Maduro", M::kAsserted},
    {"Near Taiwan, China launched large-scale military drills.", "China", P::kParticipatesIn,
     "large-scale military drills", M::kAsserted},
    {"Canada along with Australia imposed sanctions on Iran.", "Australia", P::kSanctions, "Iran", M::kAsserted},
    // Family possessives take the person named last.
    {"Police arrested Toomaj Salehi, and Narges Mohammadi remains in prison. Her husband, Taghi Rahmani, lives in "
     "exile in Oslo.", "Taghi Rahmani", P::kFamilyOf, "Narges Mohammadi", M::kAsserted},
    {"Police arrested Toomaj Salehi, and Narges Mohammadi remains in prison. Her husband, Taghi Rahmani, lives in "
     "exile in Oslo.", "Taghi Rahmani", P::kLocatedIn, "Oslo", M::kAsserted},
    // An administration acts for its state; its leader holds the office.
    {"The Biden administration has provided Kyiv with billions in military assistance.", "United States", P::kAids,
     "Ukraine", M::kAsserted},
    {"The Biden administration has provided Kyiv with billions in military assistance.", "Joe Biden",
     P::kHoldsPosition, "United States", M::kAsserted},
    {"Washington resisted the new claims of Iran.", "United States", P::kOpposes, "Iran", M::kAsserted},
    {"Hungary continues to block EU funds for Kyiv. Slovakia opposed the European Union.", "Slovakia", P::kOpposes,
     "European Union", M::kAsserted},
    {"Turkey has offered to host peace talks between Russia and Ukraine in Istanbul.", "Turkey", P::kParticipatesIn,
     "peace talks between Russia and Ukraine", M::kProposed},
    // "but" starts a clause whose "it" is the sentence's state.
    {"Washington doubled tariffs on Brazilian goods in July, but it has not imposed comparable penalties on "
     "Argentina.", "United States", P::kSanctions, "Brazil", M::kAsserted},
    {"Washington doubled tariffs on Brazilian goods in July, but it has not imposed comparable penalties on "
     "Argentina.", "United States", P::kSanctions, "Argentina", M::kNegated},
    {"The European Union could sanction Chinese refineries.", "European Union", P::kSanctions, "China",
     M::kHypothetical},
    // A clause joined by ", and" before the match keeps its cues; inside the
    // match ", and" ends a list under the same negation.
    {"The polls had suggested a landslide, and Moldovan officials accused Moscow of financing a vote-buying "
     "network.", "Moldova", P::kCriticizes, "Russia", M::kAsserted},
    {"Japan has not sanctioned Iran, Syria, and Cuba.", "Japan", P::kSanctions, "Cuba", M::kNegated},
    // The second verb's subject is the person after an opening place phrase.
    {"From Moscow, Ilan Shor denied the accusations and urged his supporters to boycott the referendum on EU "
     "membership.", "Ilan Shor", P::kOpposes, "referendum on EU", M::kProposed},
    {"Romania has supplied electricity to Moldova at discounted prices.", "Romania", P::kAids, "Moldova",
     M::kAsserted},
    // Territories have demonyms too.
    {"The Transnistrian leader, Vadim Krasnoselsky, blamed Chisinau for the blackouts.", "Vadim Krasnoselsky",
     P::kHoldsPosition, "Transnistria", M::kAsserted},
    {"Chechen leader Ramzan Kadyrov sent fighters to Ukraine.", "Ramzan Kadyrov", P::kHoldsPosition, "Chechnya",
     M::kAsserted},
    // "the army" for a named armed forces; lists supply too.
    {"The Sudanese Armed Forces have fought the RSF since 2023. Turkey and Iran have reportedly supplied the army "
     "with drones.", "Turkey", P::kAids, "Sudanese Armed Forces", M::kAsserted},
    {"Sudan recalled its ambassador from Nairobi in protest.", "Sudan", P::kCriticizes, "Kenya", M::kAsserted},
    // "between the two countries": the pair named before, not the hosts.
    {"Armenia and Azerbaijan remain far apart. The United States hosted talks between the two countries in "
     "Washington.", "Armenia", P::kMeets, "Azerbaijan", M::kAsserted},
    // "both" announces a list; "yet it" is the clause's state.
    {"Kazakhstan belongs to both the Collective Security Treaty Organization and the Eurasian Economic Union.",
     "Kazakhstan", P::kMemberOf, "Eurasian Economic Union", M::kAsserted},
    {"Kazakhstan belongs to the Eurasian Economic Union, yet it has refused to recognise the annexation of Crimea.",
     "Kazakhstan", P::kOpposes, "annexation of Crimea", M::kAsserted},
    {"Saudi Arabia and Russia steer OPEC+ together. Kazakhstan joined OPEC+ in 2016.", "Kazakhstan", P::kMemberOf,
     "OPEC+", M::kAsserted},
    // ", the largest buyer of ...,": an apposition with "the" is an aside.
    {"China, the largest buyer of Iranian crude, has repeatedly rejected unilateral U.S. sanctions and said its "
     "trade is legitimate.", "China", P::kOpposes, "United States", M::kAsserted},
    // A pair each named with nationality and title meets; so does a pair
    // that shakes hands.
    {"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Washington.",
     "Nikol Pashinyan", P::kMeets, "Ilham Aliyev", M::kAsserted},
    {"Pashinyan and Aliyev shook hands at the White House on August 8.", "Nikol Pashinyan", P::kMeets,
     "Ilham Aliyev", M::kAsserted},
    // The verb after "and" in a relative clause is the antecedent's, even
    // when the antecedent does not open the sentence.
    {"Prosecutors linked the scheme to Ilan Shor, a businessman convicted of fraud who lives in Moscow and has "
     "been sanctioned by the United States and the European Union.", "European Union", P::kSanctions, "Ilan Shor",
     M::kAsserted},
    // Aid named from the receiver's side.
    {"Moldova accepted military aid from Germany and France.", "France", P::kAids, "Moldova", M::kAsserted},
    // The parties of a deal named in a relative clause after it.
    {"The agreement that the Democratic Republic of the Congo and Rwanda signed in Washington was hailed as a "
     "breakthrough.", "Rwanda", P::kParticipatesIn, "agreement", M::kAsserted},
    // Support reaffirmed; a meal together is a meeting.
    {"Beijing reaffirmed its support for Pakistan's sovereignty.", "China", P::kSupports, "Pakistan", M::kAsserted},
    {"Asim Munir had lunch with Trump at the White House in June.", "Asim Munir", P::kMeets, "Donald Trump",
     M::kAsserted},
    // Banning all dealings with a body sanctions it; joining a measure
    // applies it.
    {"The EU banned any dealings with the Nord Stream pipelines.", "European Union", P::kSanctions, "Nord Stream",
     M::kAsserted},
    {"The United Kingdom and Canada joined the lower oil price cap.", "oil price cap", P::kEnactedBy, "Canada",
     M::kAsserted},
    // Seizing a place attacks it, said in a relative clause too.
    {"The M23 rebels, who seized Goma in January, were not a party to the deal.", "M23", P::kAttacks, "Goma",
     M::kAsserted},
    // Parties to treaties and deals.
    // The text of a deal is the deal; "peace" names the kind of treaty.
    {"Pashinyan and Aliyev met at the White House. The two leaders initialled the text of a peace treaty.",
     "Ilham Aliyev", P::kParticipatesIn, "peace treaty", M::kAsserted},
    {"Japan and Australia signed a security pact in Perth.", "Japan", P::kParticipatesIn, "security pact",
     M::kAsserted},
    {"India is not a party to the NPT.", "India", P::kMemberOf,
     "Treaty on the Non-Proliferation of Nuclear Weapons", M::kNegated},
    {"Britain and France, which remain parties to the 2015 nuclear deal with Iran, have warned Tehran.", "France",
     P::kParticipatesIn, "2015 nuclear deal with Iran", M::kAsserted},
    // Time spent with someone is a meeting, after an aside too; a possessive
    // partner; coordination is cooperation, for both leaders named before.
    {"Lee Jae-myung, a liberal who once criticised Tokyo, spent two hours with Prime Minister Shigeru Ishiba.",
     "Lee Jae-myung", P::kMeets, "Shigeru Ishiba", M::kAsserted},
    {"China remains South Korea's largest trading partner.", "China", P::kCooperatesWith, "South Korea",
     M::kAsserted},
    {"Lee Jae-myung met Shigeru Ishiba in Tokyo. The two leaders pledged to keep up security coordination with the "
     "United States.", "Shigeru Ishiba", P::kCooperatesWith, "United States", M::kProposed},
    // ", and" with a name and its verb after a word opens a clause no gap
    // crosses; in a list it does not.
    {"Brussels has since pledged a growth plan worth 1.8 billion euros, and Romania has supplied electricity to "
     "Chisinau throughout the winter.", "Romania", P::kAids, "Moldova", M::kAsserted},
    {"Russia, China, and Iran have condemned Israel.", "China", P::kCriticizes, "Israel", M::kAsserted},
    // Both sides of a war "with" someone; a rank between title and name.
    {"The RSF has been at war with the Sudanese Armed Forces since April 2023.", "Sudanese Armed Forces",
     P::kParticipatesIn, "war with the Sudanese Armed Forces", M::kAsserted},
    {"The Sudanese Armed Forces have fought for two years. The army chief, General Abdel Fattah al-Burhan, moved "
     "to Port Sudan.", "Abdel Fattah al-Burhan", P::kHoldsPosition, "Sudanese Armed Forces", M::kAsserted},
    // Travelling for an event is taking part in it; a campaign against a
    // state targets it.
    {"A month earlier, Kassym-Jomart Tokayev had flown to Moscow for the Victory Day parade.",
     "Kassym-Jomart Tokayev", P::kParticipatesIn, "Victory Day parade", M::kAsserted},
    {"President Donald Trump restored his \"maximum pressure\" campaign against Tehran.", "maximum pressure campaign",
     P::kTargets, "Iran", M::kAsserted},
    // Buying arms from a state is its aid; joining sanctions is sanctioning.
    {"Belgrade bought twelve Rafale fighter jets from France in a deal worth 2.7 billion euros.", "France",
     P::kAids, "Serbia", M::kAsserted},
    {"Serbia is a candidate for membership of the European Union, but it has refused to join EU sanctions against "
     "Russia.", "Serbia", P::kSanctions, "Russia", M::kNegated},
    // A national title with no state before it, in an article about one
    // state, is that state's office.
    {"BELGRADE — Serbia faces protests. Serbia has a new government. Prime Minister Milos Vucevic resigned in "
     "January, and Serbia's president accepted.", "Milos Vucevic", P::kHoldsPosition, "Serbia", M::kAsserted},
    // Every "and <verb>" of a series gets the subject.
    {"President Javier Milei, an admirer of Trump, has pushed for a free trade deal with the United States and "
     "criticised Mercosur as a prison.", "Javier Milei", P::kCriticizes, "Mercosur", M::kAsserted},
    {"President Javier Milei, an admirer of Trump, has pushed for a free trade deal with the United States and "
     "criticised Mercosur as a prison.", "Javier Milei", P::kCooperatesWith, "United States", M::kProposed},
    // Damaged ties are no asserted cooperation.
    {"The dispute has also strained Brazil's ties with Argentina.", "Brazil", P::kCooperatesWith, "Argentina",
     M::kNegated},
    // Members named in an apposition with the bloc's possessive; the state a
    // relative clause says chairs the bloc.
    {"Mercosur met in July. Paraguay and Uruguay, the bloc's other founding members, have avoided taking sides.",
     "Uruguay", P::kMemberOf, "Mercosur", M::kAsserted},
    {"Lula sought a joint response within BRICS, the bloc that Brazil chairs this year.", "Brazil", P::kMemberOf,
     "BRICS", M::kAsserted},
    // "The government" as a subject is the article's state's.
    {"BELGRADE — Serbia bought jets. Russia objected, but Serbia went ahead. The government has also deepened ties "
     "with China.", "Serbia", P::kCooperatesWith, "China", M::kAsserted},
    // Titled people on both sides of "between"; retaliation; brokers of a
    // deal, before and after it; suspended cooperation; "but <verb>" keeps
    // the subject.
    {"Oman had hosted five rounds of talks between U.S. envoy Steve Witkoff and Iranian Foreign Minister Abbas "
     "Araghchi.", "Steve Witkoff", P::kMeets, "Abbas Araghchi", M::kAsserted},
    {"Iran retaliated with missile barrages on Israeli cities.", "Iran", P::kAttacks, "Israel", M::kAsserted},
    {"Saudi Arabia restored relations with Tehran in a 2023 deal mediated by China.", "China", P::kParticipatesIn,
     "2023 deal", M::kAsserted},
    {"The ceasefire between Israel and Iran held. Qatar condemned the strike on its territory but helped broker the "
     "ceasefire.", "Qatar", P::kParticipatesIn, "ceasefire between Israel and Iran", M::kAsserted},
    {"The IAEA has not inspected the sites, and Iran's parliament voted to suspend cooperation with the agency.",
     "Majlis", P::kCooperatesWith, "International Atomic Energy Agency", M::kNegated},
    // Expelling an ambassador is criticism; a deal signed with someone is
    // cooperation.
    {"Ethiopia signed a memorandum of understanding with Somaliland, prompting Somalia to expel the Ethiopian "
     "ambassador.", "Somalia", P::kCriticizes, "Ethiopia", M::kAsserted},
    {"Armenia signed a memorandum of understanding with Kazakhstan in May.", "Armenia", P::kCooperatesWith,
     "Kazakhstan", M::kAsserted},
    // One named side of "between"; where an event was held, after an aside.
    {"The first summit between the European Union and the five Central Asian states, held in Samarkand on April 4, "
     "was a success.", "European Union", P::kParticipatesIn, "first summit between the European Union", M::kAsserted},
    {"The first summit between the European Union and the five Central Asian states, held in Samarkand on April 4, "
     "was a success.", "first summit between the European Union", P::kLocatedIn, "Samarkand", M::kAsserted},
    // "eventually" dates a past act; it hedges nothing.
    {"Eventually the big guns came out when the US penalized some Russian banks.", "United States", P::kSanctions,
     "Russia", M::kAsserted},
    // A second verb after "and" keeps its clause's subject and modality.
    {"Kazakhstan refused to recognise the annexation of Crimea and has not supported Russia's war against Ukraine.",
     "Kazakhstan", P::kOpposes, "Russia's war against Ukraine", M::kAsserted},
    {"Germany sent tanks to Poland, while Hungary backs Serbia and praised the Serbian army.", "Hungary",
     P::kPraises, "Serbia", M::kAsserted},
    {"Cuba's minister said the country \"neither threatens nor wants war\" and accused Washington of lying.", "Cuba",
     P::kCriticizes, "United States", M::kAsserted},
    // A participial aside says only what it says.
    {"The ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, won the October 26 parliamentary "
     "elections.", "Bidzina Ivanishvili", P::kFounded, "Georgian Dream", M::kAsserted},
    {"The ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, won the October 26 parliamentary "
     "elections.", "Georgian Dream", P::kParticipatesIn, "October 26 parliamentary elections", M::kAsserted},
    {"Iran would retaliate with the full support of the American people. Belarus supports Russia.", "Belarus",
     P::kSupports, "Russia", M::kAsserted},
    {"Iran is waging a proxy war with Israel in Syria. Iraq was worn out from the Iran\u2013Iraq war.", "Iraq",
     P::kParticipatesIn, "Iran\u2013Iraq war", M::kAsserted},
    {"Russia, which supports Bashar al-Assad, vetoed the text.", "Russia", P::kSupports, "Bashar al-Assad",
     M::kAsserted},
    {"Kyiv urged the European Union to designate the Islamic Revolutionary Guard Corps as a terrorist organisation.",
     "European Union", P::kSanctions, "Islamic Revolutionary Guard Corps", M::kProposed},
    // "They" after a sentence that opened with two coordinated names.
    {"Russia and China signed a gas deal. They also condemned the United States.", "China", P::kCriticizes,
     "United States", M::kAsserted},
    {"The Rapid Support Forces, led by Mohamed Hamdan Dagalo, control Darfur.", "Mohamed Hamdan Dagalo",
     P::kHoldsPosition, "Rapid Support Forces", M::kAsserted},
    // Past leaders are in the knowledge base with their terms.
    {"The sanctions hurt the administration of Mahmoud Ahmadinejad.", "Mahmoud Ahmadinejad", P::kHoldsPosition,
     "Iran", M::kAsserted},
    {"Among those targeted was his chief of staff, Sergei Ivanov.", "Sergei Ivanov", P::kHoldsPosition, "Russia",
     M::kAsserted},
    // "he" after a clause marker, inside an aside or not, is the sentence's person.
    {"Shavkat Mirziyoyev visited Paris in March, where he met Emmanuel Macron.", "Shavkat Mirziyoyev", P::kMeets,
     "Emmanuel Macron", M::kAsserted},
    {"Shavkat Mirziyoyev visited Paris, where he met Emmanuel Macron, and then flew home.", "Shavkat Mirziyoyev",
     P::kMeets, "Emmanuel Macron", M::kAsserted},
    // An application to join is no membership yet.
    {"Serbia has applied to join the European Union since 2009.", "Serbia", P::kMemberOf, "European Union",
     M::kProposed},
    // "the alliance" is the body the noun fits, however far back it was named.
    {"Sweden applied to join NATO in 2022. Brussels welcomed the move. Turkey objected. Hungary waited. Helsinki "
     "joined the alliance in April 2023.", "Finland", P::kMemberOf, "NATO", M::kAsserted},
    {"The IAEA reported on enrichment at Fordow. Tehran then criticized the agency.", "Iran", P::kCriticizes,
     "International Atomic Energy Agency", M::kAsserted},
    {"The war between the Sudanese Armed Forces and the Rapid Support Forces goes on.", "Rapid Support Forces",
     P::kParticipatesIn, "war between the Sudanese Armed Forces and the Rapid Support Forces", M::kAsserted},
    {"The African Union suspended Sudan after the 2021 coup.", "Sudan", P::kMemberOf, "African Union", M::kNegated},
    // A relative clause about its antecedent, with a list inside it.
    {"The Quad, which brings together India, Japan, Australia and the United States, will meet in New Delhi.",
     "Japan", P::kMemberOf, "Quad", M::kAsserted},
    {"Dushanbe has given shelter to the National Resistance Front led by Ahmad Massoud.", "Ahmad Massoud",
     P::kHoldsPosition, "National Resistance Front", M::kAsserted},
    {"Wang Yi met acting foreign minister Amir Khan Muttaqi in Kabul.", "Wang Yi", P::kMeets, "Amir Khan Muttaqi",
     M::kAsserted},
    {"Vucic met Vladimir Putin in Sochi in 2021, and he spoke with the Russian president by phone again in May.",
     "Aleksandar Vučić", P::kMeets, "Vladimir Putin", M::kAsserted},
    {"Mohamed Hamdan Dagalo, known as Hemedti, leads the militia. The Treasury sanctioned Hemedti personally.",
     "U.S. Department of the Treasury", P::kSanctions, "Mohamed Hamdan Dagalo", M::kAsserted},
    {"Trade adviser Peter Navarro has attacked India in unusually harsh language.", "Peter Navarro",
     P::kCriticizes, "India", M::kAsserted},
    {"The European Union reinstated its measures, freezing the assets of Bank Melli once more.", "European Union",
     P::kSanctions, "Bank Melli", M::kAsserted},
    {"Canada froze Russia's central bank reserves.", "Canada", P::kSanctions, "Russia", M::kAsserted},
    {"Azerbaijani security forces detained Ruben Vardanyan.", "Azerbaijan", P::kDetains, "Ruben Vardanyan",
     M::kAsserted},
    {"Chinese officials met Russia's foreign minister.", "China", P::kMeets, "Sergei Lavrov", M::kAsserted},
    {"Foreign Ministry spokeswoman Maria Zakharova warned that Moscow would respond.", "Maria Zakharova",
     P::kWorksFor, "Foreign Ministry", M::kAsserted},
    {"Helsinki joined NATO in April 2023, and its 1,340-kilometre border with Russia doubled the frontier.",
     "Finland", P::kBorders, "Russia", M::kAsserted},
    // In the full reading a relative pronoun before its verb is the name
    // before it; before a name, that name is the subject.
    {"Ukraine, which borders Moldova on three sides, has also offered help.", "Ukraine", P::kBorders, "Moldova",
     M::kAsserted},
    {"The SDF, which Washington supports in the fight against the Islamic State, controls the north-east.",
     "United States", P::kSupports, "SDF", M::kAsserted},
    {"Stockholm hosted members of the PKK, which Ankara, Brussels and Washington all list as a terrorist "
     "organisation.", "European Union", P::kSanctions, "PKK", M::kAsserted},
    {"Crimea, which Russia annexed in 2014, remains occupied.", "Russia", P::kAttacks, "Crimea", M::kAsserted},
    {"Malaysia, which chairs ASEAN in 2025, appointed an envoy.", "Malaysia", P::kMemberOf, "ASEAN", M::kAsserted},
    {"US Southern Command held joint flight exercises with the Guyana Defence Force.", "US Southern Command",
     P::kCooperatesWith, "Guyana Defence Force", M::kAsserted},
    {"Moscow called the Estonian navy's action piracy.", "Russia", P::kCriticizes, "Estonia", M::kAsserted},
    {"Wang Yi visited Naypyidaw in August 2024 and met Min Aung Hlaing.", "Wang Yi", P::kMeets, "Min Aung Hlaing",
     M::kAsserted},
    {"Lula hosted talks between Maduro and Guyana's president, Irfaan Ali, in St. Vincent.", "Nicolás Maduro",
     P::kMeets, "Mohamed Irfaan Ali", M::kAsserted},
    {"Iran stopped cooperating after Israeli and American strikes on its nuclear sites in June.", "United States",
     P::kAttacks, "Iran", M::kAsserted},
    {"Russian drone strikes on Ukraine continued.", "Russia", P::kAttacks, "Ukraine", M::kAsserted},
    // "Both governments": the two states named just before.
    {"Russia deployed nuclear weapons to Belarus, and Putin praised Lukashenko. Both governments belong to the "
     "Union State.", "Belarus", P::kMemberOf, "Union State", M::kAsserted},
    // One office, several names.
    {"China's top diplomat Wang Yi arrived.", "Wang Yi", P::kHoldsPosition, "China", M::kAsserted},
    {"External Affairs Minister Subrahmanyam Jaishankar met Lavrov.", "Subrahmanyam Jaishankar", P::kHoldsPosition,
     "India", M::kAsserted},
    // An apposition after the first party; an aside that holds the whole match.
    {"The deal was announced in Beijing, where Wang Yi hosted talks between Ali Shamkhani, the secretary of Iran's "
     "Supreme National Security Council, and Saudi national security adviser Musaed Al-Aiban.", "Ali Shamkhani",
     P::kMeets, "Musaed Al-Aiban", M::kAsserted},
    // A question asserts nothing.
    {"Will Astana join the BRICS?", "Kazakhstan", P::kMemberOf, "BRICS", M::kHypothetical},
    // A capitalised cue word inside a sentence is part of a name.
    {"The European Union sanctioned North Korean defence minister No Kwang Chol in December.", "European Union",
     P::kSanctions, "No Kwang Chol", M::kAsserted},
    {"Hungary's Viktor Orban spoke. But his government has also deepened ties with China.", "Hungary",
     P::kCooperatesWith,
     "China", M::kAsserted},
    {"Hungary's Viktor Orban spoke. His government has deepened ties with China, hosted Xi Jinping in Budapest in "
     "May 2024, "
     "and bought Russian gas.", "Hungary", P::kMeets, "Xi Jinping", M::kAsserted},
    {"Peter Szijjarto, his foreign minister, has visited Moscow.", "Péter Szijjártó", P::kHoldsPosition, "Hungary",
     M::kAsserted},
    {"Robert Fico has sided with Viktor Orban on Ukraine, and the two men met Putin's envoy Kirill Dmitriev.",
     "Robert Fico", P::kMeets, "Kirill Dmitriev", M::kAsserted},
    {"The deployment follows the treaty that Kim Jong Un and Vladimir Putin signed in Pyongyang.", "Kim Jong Un",
     P::kCooperatesWith, "Vladimir Putin", M::kAsserted},
    {"The European Commission froze about 20 billion euros of EU funds for Hungary in 2022.", "European Commission",
     P::kSanctions, "Hungary", M::kAsserted},
    {"Japan and South Korea, both treaty allies of the United States, have condemned Russia.", "South Korea",
     P::kCriticizes, "Russia", M::kAsserted},
    {"The United States and the United Kingdom struck Houthi targets in Yemen.", "United States", P::kAttacks,
     "Houthis", M::kAsserted},
    {"The Houthis attacked ships. The deal did not cover Israel, which the group kept targeting with missiles.",
     "Houthis", P::kAttacks, "Israel", M::kAsserted},
    {"Saudi Arabia, which fought the Houthis from 2015, kept talking to them.", "Saudi Arabia", P::kAttacks,
     "Houthis", M::kAsserted},
    {"The United States designated the Houthis a foreign terrorist organisation in March 2025.", "United States",
     P::kSanctions, "Houthis", M::kAsserted},
    {"The M23 rebels captured Goma in late January.", "M23", P::kAttacks, "Goma", M::kAsserted},
    {"Paul Kagame and Felix Tshisekedi did not meet.", "Paul Kagame", P::kMeets, "Félix Tshisekedi", M::kNegated},
    {"In July, Manila and Beijing reached a provisional arrangement on resupply missions.", "Philippines",
     P::kCooperatesWith, "China", M::kAsserted},
    {"Australia has joined patrols with the Philippine navy.", "Australia", P::kCooperatesWith, "Philippines",
     M::kAsserted},
    {"China rejects the ruling of the Permanent Court of Arbitration.", "China", P::kOpposes,
     "Permanent Court of Arbitration", M::kAsserted},
    {"The EU signed a strategic partnership on raw materials with Kazakhstan in 2022.", "European Union",
     P::kCooperatesWith, "Kazakhstan", M::kAsserted},
    {"Trump responded by threatening an additional 100 percent tariff on Chinese goods.", "Donald Trump",
     P::kSanctions, "China", M::kProposed},
    {"Bidzina Ivanishvili, the billionaire founder of Georgian Dream, stayed silent.", "Bidzina Ivanishvili",
     P::kFounded, "Georgian Dream", M::kAsserted},
    {"Lithuania imposed entry bans on Bidzina Ivanishvili.", "Lithuania", P::kSanctions, "Bidzina Ivanishvili",
     M::kAsserted},
    {"Beijing had already banned exports of gallium, germanium and antimony to the United States.", "China",
     P::kSanctions, "United States", M::kAsserted},
    {"Washington added 140 Chinese firms to the Entity List.", "United States", P::kSanctions, "China",
     M::kAsserted},
    // A named group of states acts; a region does not.
    {"The Baltic states imposed entry bans on Bidzina Ivanishvili.", "Baltic states", P::kSanctions,
     "Bidzina Ivanishvili", M::kAsserted},
    {"Russian and Ukrainian delegations met in Istanbul on May 16.", "Russia", P::kMeets, "Ukraine", M::kAsserted},
    {"Zelensky said he was ready to meet Putin in person.", "Volodymyr Zelensky", P::kMeets, "Vladimir Putin",
     M::kProposed},
    {"Marco Rubio, the secretary of state, attended a NATO meeting in Antalya.", "Marco Rubio", P::kParticipatesIn,
     "NATO meeting in Antalya", M::kAsserted},
    // A leader's envoy holds an office of the state the leader governs.
    {"The United States hesitated. Amos Hochstein, Biden's special envoy for energy, has floated a plan.",
     "Amos Hochstein", P::kHoldsPosition, "United States", M::kAsserted},
    {"Russia agreed. Putin's envoy Kirill Dmitriev visited Washington.", "Kirill Dmitriev", P::kHoldsPosition,
     "Russia", M::kAsserted},
    // A later "it" is the state the sentence's opening "It" stood for.
    {"India will not abandon Russia. It depends on Russian arms, and it has never condemned the invasion of Ukraine.",
     "India", P::kCriticizes, "invasion of Ukraine", M::kNegated},
    // A second verb's subject is the person after the title, not the state.
    {"Polish President Andrzej Duda welcomed the decision and praised Finland for its courage.", "Andrzej Duda",
     P::kPraises, "Finland", M::kAsserted},
    // Ties that soured or were cut are no cooperation.
    {"Relations between Baku and Moscow have soured since the crash.", "Azerbaijan", P::kCooperatesWith, "Russia",
     M::kNegated},
    {"Niger cut diplomatic ties with France in 2023.", "Niger", P::kCooperatesWith, "France", M::kNegated},
    // Calls: "spoken with", "called X to congratulate", "told his counterpart".
    {"Marco Rubio said he had spoken with Pakistani Prime Minister Shehbaz Sharif.", "Marco Rubio", P::kMeets,
     "Shehbaz Sharif", M::kAsserted},
    {"Recep Tayyip Erdogan called Ilham Aliyev to congratulate him.", "Recep Tayyip Erdoğan", P::kMeets,
     "Ilham Aliyev", M::kAsserted},
    {"Wang Yi told his Pakistani counterpart Ishaq Dar that Beijing stood by Islamabad.", "Wang Yi", P::kMeets,
     "Ishaq Dar", M::kAsserted},
    // A named operation is an event its launcher takes part in.
    {"On May 7 India launched Operation Sindoor against targets in Pakistan.", "India", P::kParticipatesIn,
     "Operation Sindoor", M::kAsserted},
    // Those who sign or broker a deal take part in it.
    {"Armenia and Azerbaijan initialled a peace agreement in Washington.", "Azerbaijan", P::kParticipatesIn,
     "peace agreement in Washington", M::kAsserted},
    {"Russia brokered the 2020 ceasefire.", "Russia", P::kParticipatesIn, "2020 ceasefire", M::kAsserted},
    // "the nuclear agency": a described organisation is the one named before
    // whose name has the noun.
    {"The Atomic Energy Agency of Kazakhstan chose Rosatom. Almas Chukin, the head of the nuclear agency, spoke.",
     "Almas Chukin", P::kHoldsPosition, "Atomic Energy Agency of Kazakhstan", M::kAsserted},
    // A relative clause after a list is said of every name in it.
    {"The conflict could draw in Russia and China, which have lent Caracas billions.", "Russia", P::kAids,
     "Venezuela", M::kAsserted},
    {"The United States gave Ukraine more than $60 billion in military aid.", "United States", P::kAids, "Ukraine",
     M::kAsserted},
    // A threat of tariffs is a sanction proposed.
    {"Trump responded by threatening Spain with higher tariffs.", "Donald Trump", P::kSanctions, "Spain",
     M::kProposed},
    {"Trump designated the Tren de Aragua gang as a terrorist organisation.", "Donald Trump", P::kSanctions,
     "Tren de Aragua", M::kAsserted},
    // Memberships told in a relative clause on the organisation.
    {"Kyrgyzstan and Tajikistan signed the treaty. The Collective Security Treaty Organization, to which both "
     "countries belong, stayed passive.", "Tajikistan", P::kMemberOf, "Collective Security Treaty Organization",
     M::kAsserted},
    {"The SCO, of which India is a founding member, met in Tianjin.", "India", P::kMemberOf,
     "Shanghai Cooperation Organization", M::kAsserted},
    {"Kamchybek Tashiev, who then headed Kyrgyzstan's State Committee for National Security, led the delegation.",
     "Kamchybek Tashiev", P::kHoldsPosition, "State Committee for National Security", M::kAsserted},
    // Lists of titled people; a pronoun after a semicolon.
    {"Tokayev flew to Tianjin, where he held talks with Chinese President Xi Jinping and Russian President "
     "Vladimir Putin.", "Kassym-Jomart Tokayev", P::kMeets, "Vladimir Putin", M::kAsserted},
    {"Ilham Aliyev drew closer to Turkey and Ukraine; he spoke with Volodymyr Zelensky by phone in July.",
     "Ilham Aliyev", P::kMeets, "Volodymyr Zelensky", M::kAsserted},
    {"Relations between Baku and Moscow have hit their lowest point in decades.", "Azerbaijan", P::kCooperatesWith,
     "Russia", M::kNegated},
    {"We asked Farid Guliyev, a political scientist at ADA University in Baku, to explain.", "Farid Guliyev",
     P::kWorksFor, "ADA University", M::kAsserted},
    // A known leader named by the state's possessive holds its office.
    {"Whether Slovakia's Robert Fico blocks the package remains open.", "Robert Fico", P::kHoldsPosition,
     "Slovakia", M::kAsserted},
    // Parades and inaugurations are events; "which X attended" takes part.
    {"Putin stayed for a military parade in Beijing on September 3, which North Korean leader Kim Jong Un also "
     "attended.", "Kim Jong Un", P::kParticipatesIn, "military parade in Beijing", M::kAsserted},
    // Summoning an ambassador is a protest, the foreign ministry's (a body
    // acts as itself, as "the U.S. Treasury sanctioned" does); ties cut by
    // both sides; co-chairs.
    {"The Chinese foreign ministry summoned Japan's ambassador, Kenji Kanasugi.",
     "Ministry of Foreign Affairs of China", P::kCriticizes, "Japan", M::kAsserted},
    {"China summoned Japan's ambassador, Kenji Kanasugi.", "China", P::kCriticizes, "Japan", M::kAsserted},
    {"Belgium and Rwanda cut diplomatic ties the same month.", "Belgium", P::kCooperatesWith, "Rwanda",
     M::kNegated},
    {"On October 13 Donald Trump and Egyptian President Abdel Fattah al-Sisi co-chaired a summit in Sharm el-Sheikh.",
     "Donald Trump", P::kParticipatesIn, "summit in Sharm el-Sheikh", M::kAsserted},
    {"Xue Jian, China's consul general in Osaka, wrote a post.", "Xue Jian", P::kHoldsPosition, "China",
     M::kAsserted},
    {"Leaders endorsed the ceasefire between Israel and Hamas.", "Hamas", P::kParticipatesIn,
     "ceasefire between Israel and Hamas", M::kAsserted},
    {"China, Pakistan's main arms supplier, urged restraint.", "China", P::kAids, "Pakistan", M::kAsserted},
    {"The United States deployed Patriot systems to Poland.", "United States", P::kAids, "Poland", M::kAsserted},
    {"Uzbekistan remains outside the Collective Security Treaty Organization and the Eurasian Economic Union.",
     "Uzbekistan", P::kMemberOf, "Eurasian Economic Union", M::kNegated},
    {"Kazakhstan announced that it would join the Abraham Accords.", "Kazakhstan", P::kMemberOf, "Abraham Accords",
     M::kHypothetical},
    // Halting trade is the sanction itself; cues of an earlier verb phrase
    // in a series stay there, those right after the subject do not.
    {"China suspended imports of Japanese seafood.", "China", P::kSanctions, "Japan", M::kAsserted},
    {"China advised its citizens to avoid travelling to Japan, suspended imports of Japanese seafood and halted "
     "films.", "China", P::kSanctions, "Japan", M::kAsserted},
    {"China could advise its citizens to stay home, ban imports from Japan and halt films.", "China",
     P::kSanctions, "Japan", M::kHypothetical},
    // An apposition after a name describes that organisation.
    {"The United Nations sent experts. Talks include the Alliance Fleuve Congo, the rebel coalition that includes "
     "the M23.", "M23", P::kMemberOf, "Alliance Fleuve Congo", M::kAsserted},
    // A word or two of description may stand before an office in an
    // apposition; "then-President" is an office held then.
    {"Aibek Dzhaksybekov, Kyrgyzstan's long-serving foreign minister, spoke first.", "Aibek Dzhaksybekov",
     P::kHoldsPosition, "Kyrgyzstan", M::kAsserted},
    {"Iran's central bank chief spoke. Mohammad Javad Zarif, the country's smooth-spoken foreign minister, agreed.",
     "Javad Zarif", P::kHoldsPosition, "Iran", M::kAsserted},
    {"After the war with Iraq, then-President Ali Akbar Hashemi Rafsanjani sought foreign trade.",
     "Akbar Hashemi Rafsanjani", P::kHoldsPosition, "Iran", M::kAsserted},
    // An adviser to a leader holds an office of the leader's state; a
    // company named before its chief executive; an honorific between an
    // office and a name in an article about one state.
    {"Dmytro Lytvyn, communication adviser to President Zelensky, said talks went on.", "Dmytro Lytvyn",
     P::kHoldsPosition, "Ukraine", M::kAsserted},
    {"This week, Ryanair chief executive Michael O'Leary said the risk was small.", "Michael O'Leary",
     P::kHoldsPosition, "Ryanair", M::kAsserted},
    {"Ireland raised taxes. Ireland cut spending. Ireland won praise. Trade Minister Sir Colm Brennan apologised.",
     "Colm Brennan", P::kHoldsPosition, "Ireland", M::kAsserted},
    // "sanctions envoy" is an office, not a sanction; an army that managed
    // to capture a state's territory attacked it.
    {"In an interview, the EU's sanctions envoy David O'Sullivan said evasion persists.", "David O'Sullivan",
     P::kHoldsPosition, "European Union", M::kAsserted},
    {"The invading Russian army managed to capture less than 1 percent of additional Ukrainian territory.", "Russia",
     P::kAttacks, "Ukraine", M::kAsserted},
    // A leader's aide holds an office of the leader's state; a place before
    // a trip is where it went.
    {"Russia wants a pipeline. \"The spirit of Beijing exists,\" Putin's foreign policy aide Yuri Ushakov said.",
     "Yuri Ushakov",
     P::kHoldsPosition, "Russia", M::kAsserted},
    {"One photo showed Trump at the end of his China trip last week.", "China trip", P::kLocatedIn, "China",
     M::kAsserted},
    // Joining sanctions named as one mention; designating a state's banks;
    // restoring relations; a leader appointing a prime minister; refusing
    // to condemn.
    {"Japan joined Western sanctions against Russia in 2022.", "Japan", P::kSanctions, "Russia", M::kAsserted},
    {"The US Treasury designated three Kyrgyz banks for helping Russia evade sanctions.",
     "U.S. Department of the Treasury", P::kSanctions, "Kyrgyzstan", M::kAsserted},
    {"Saudi Arabia and Iran restored diplomatic relations in March 2023.", "Saudi Arabia", P::kCooperatesWith, "Iran",
     M::kAsserted},
    {"Kazakhstan changed course. Tokayev appointed Olzhas Bektenov as prime minister.", "Olzhas Bektenov",
     P::kHoldsPosition, "Kazakhstan", M::kAsserted},
    {"India refused to condemn Russia's invasion of Ukraine.", "India", P::kCriticizes, "Russia's invasion of Ukraine",
     M::kNegated},
    // A passive founding without a comma; an act's aside ", passed by X,";
    // a reporter detained, named after the paper's name.
    {"The Shanghai Cooperation Organisation was founded in 2001 by China and Russia.", "Russia", P::kFounded,
     "Shanghai Cooperation Organization", M::kAsserted},
    {"The Magnitsky Act, passed by Congress in 2012, targets Russian officials.", "Magnitsky Act", P::kEnactedBy,
     "U.S. Congress", M::kAsserted},
    {"The Magnitsky Act, passed by Congress in 2012, targets Russian officials.", "Magnitsky Act", P::kTargets,
     "Russia", M::kAsserted},
    {"Russian security services detained Wall Street Journal reporter Evan Gershkovich in Yekaterinburg.", "Russia",
     P::kDetains, "Evan Gershkovich", M::kAsserted},
    {"Rafael Grossi met the head of the Russian delegation Mikhail Ulyanov in Vienna.", "Mikhail Ulyanov",
     P::kHoldsPosition, "Russia", M::kAsserted},
    // A list that ends in others named by a plural noun.
    {"The United States and its allies imposed sanctions on Russia.", "United States", P::kSanctions, "Russia",
     M::kAsserted},
    {"France, Germany and the other members of the group met Iran in Geneva.", "Germany", P::kMeets, "Iran",
     M::kAsserted},
    // An aside between dashes, an age between commas: the verb after them
    // is the names' before them.
    {"Meanwhile, China and Russia - both allies of Cuba - have condemned the US over its pressure.", "China",
     P::kCriticizes, "United States", M::kAsserted},
    {"Meanwhile, China and Russia - both allies of Cuba - have condemned the US over its pressure.", "China",
     P::kCooperatesWith, "Cuba", M::kAsserted},
    {"Castro loyalist and military technocrat Manuel Marrero, 62, serves as Cuba's prime minister.",
     "Manuel Marrero", P::kHoldsPosition, "Cuba", M::kAsserted},
    {"Party apparatchik Miguel Díaz-Canel currently holds both the Cuban presidency and the party post.",
     "Miguel Díaz-Canel", P::kHoldsPosition, "Cuba", M::kAsserted},
    {"Rubio spoke. Bruno Rodríguez reacted by accusing Rubio of trying to instigate a military aggression.",
     "Bruno Rodríguez Parrilla", P::kCriticizes, "Marco Rubio", M::kAsserted},
    // A state's news agency, a firm described by a demonym: where they are.
    {"The test failed, South Korea's Yonhap news agency reported.", "Yonhap", P::kLocatedIn, "South Korea",
     M::kAsserted},
    {"Banks dealt with the Dandong Hongxiang Industrial Development Company, a Chinese firm named in U.S. sanctions.",
     "Dandong Hongxiang Industrial Development Company", P::kLocatedIn, "China", M::kAsserted},
    // "yet another" is no new clause: the cue before it still holds.
    {"Russia was furious. Now Congress is looking to pass yet another round of harsh sanctions against Russia.",
     "U.S. Congress", P::kSanctions, "Russia", M::kProposed},
    // Sanctions ratcheted up are imposed.
    {"The Trump administration insidiously ratchets up sanctions on both North Korea exports and imports.",
     "United States", P::kSanctions, "North Korea", M::kAsserted},
    // A by-line with two posts: the second employer too.
    {"Anna Weiss is a senior fellow at the Carnegie Endowment and a professor at Georgetown University.",
     "Anna Weiss", P::kWorksFor, "Georgetown University", M::kAsserted},
    // A list after a verb is its object up to the last "and": only the name
    // after that acts in what follows.
    {"In January the United States removed Venezuela's president and Trump threatened new sanctions on Cuba.",
     "Donald Trump", P::kSanctions, "Cuba", M::kProposed},
    // A trailing "accusing him of" criticises the one the verb acted on.
    {"The United States sanctioned James Kabarebe, Rwanda's minister of state for regional integration, accusing "
     "him of orchestrating support for the rebels.", "United States", P::kCriticizes, "James Kabarebe", M::kAsserted},
    // A by-line names its author and the author's employer.
    {"Baku and Moscow: The Rupture Nobody Predicted\n\nBy Leyla Hasanova, Senior Fellow, Caspian Policy Center | "
     "August 4, 2025\n\nRelations between Azerbaijan and Russia are tense.", "Leyla Hasanova", P::kWorksFor,
     "Caspian Policy Center", M::kAsserted},
    // Relations described as bad are denied cooperation, whatever stands
    // between the pair and the word.
    {"Relations between Azerbaijan and Russia have never been this bad.", "Azerbaijan", P::kCooperatesWith, "Russia",
     M::kNegated},
    {"The relationship between the United States and Cuba - already strained and fragile for decades - has been "
     "rapidly deteriorating.", "United States", P::kCooperatesWith, "Cuba", M::kNegated},
    // Cue words inside an aside the reading leaves out are not the match's.
    {"Prime Minister Nikol Pashinyan, who froze Armenia's participation in the CSTO in 2024, initialled a peace "
     "agreement with Ilham Aliyev in Washington.", "Nikol Pashinyan", P::kCooperatesWith, "Ilham Aliyev",
     M::kAsserted},
    {"Prime Minister Nikol Pashinyan, who froze Armenia's participation in the CSTO in 2024, initialled a peace "
     "agreement with Ilham Aliyev in Washington.", "Ilham Aliyev", P::kParticipatesIn,
     "peace agreement with Ilham Aliyev", M::kAsserted},
    {"Turkey has stood firmly behind Azerbaijan since the raids.", "Turkey", P::kSupports, "Azerbaijan", M::kAsserted},
    {"China pledged its full support for Pakistan.", "China", P::kSupports, "Pakistan", M::kAsserted},
    // A leader calling another by name is a phone call; "the two leaders"
    // met after adverbs too.
    {"Erdogan called Aliyev after the raids.", "Recep Tayyip Erdoğan", P::kMeets, "Ilham Aliyev", M::kAsserted},
    {"Erdogan praised Aliyev, and the two leaders later met in Ankara.", "Recep Tayyip Erdoğan", P::kMeets,
     "Ilham Aliyev", M::kAsserted},
    {"Iran has held Cecilia Sala since December.", "Iran", P::kDetains, "Cecilia Sala", M::kAsserted},
    // A company's chief named through "its".
    {"Rosatom supplies fuel worldwide, and its chief executive, Alexei Likhachev, lobbied Tokayev.",
     "Alexei Likhachev", P::kHoldsPosition, "Rosatom", M::kAsserted},
    // The titled person after a state acts, not the state.
    {"U.S. Senator Lindsey Graham has urged sanctions on Russia.", "Lindsey Graham", P::kSanctions, "Russia",
     M::kProposed},
    {"Senator Jim Risch has urged the Treasury to designate Rosatom's foreign subsidiaries.", "Jim Risch",
     P::kSanctions, "Rosatom", M::kProposed},
    {"Xi Jinping arrived in Astana for the second China-Central Asia summit.", "Xi Jinping", P::kParticipatesIn,
     "China-Central Asia summit", M::kAsserted},
    // A deal its brokers are named for, past a relative clause; a summit
    // two leaders co-chaired.
    {"The ceasefire that took effect in Gaza on October 10 was brokered by Egypt, Qatar and Turkey.", "Qatar",
     P::kParticipatesIn, "ceasefire in Gaza", M::kAsserted},
    {"Trump and Egyptian President Abdel Fattah el-Sisi co-chaired a summit attended by twenty leaders.",
     "Abdel Fattah el-Sisi", P::kParticipatesIn, "summit", M::kAsserted},
    // Where an event broke out, a capital is the city.
    {"Protests erupted in Tbilisi.", "Protests in Tbilisi", P::kLocatedIn, "Tbilisi", M::kAsserted},
    // Parties that agreed a deal take part in it, as those that signed it.
    {"Turkey and Syria agreed on a ceasefire.", "Syria", P::kParticipatesIn, "ceasefire", M::kAsserted},
    {"In December 2024 Abiy and Hassan Sheikh Mohamud agreed the Ankara Declaration, which ended the dispute.",
     "Hassan Sheikh Mohamud", P::kParticipatesIn, "Ankara Declaration", M::kAsserted},
    {"Myanmar detained State Counsellor Aung San Suu Kyi in 2021.", "Aung San Suu Kyi", P::kHoldsPosition, "Myanmar",
     M::kAsserted},
    // "he" before any verb stands for the person before; a trip made to
    // meet someone is a meeting.
    {"Hungarian Prime Minister Viktor Orban spoke. A year later he travelled to Moscow to meet Vladimir Putin.",
     "Viktor Orbán", P::kMeets, "Vladimir Putin", M::kAsserted},
    // Sanctions on a state's company target the company.
    {"The Trump administration lifted sanctions on Hungary's Paks II nuclear project.", "sanctions on Paks II",
     P::kTargets, "Paks II", M::kAsserted},
    // An event that is the subject of "would" is only possible.
    {"Analysts warn that a new war between Ethiopia and Eritrea would draw in Egypt.", "Eritrea",
     P::kParticipatesIn, "new war between Ethiopia and Eritrea", M::kHypothetical},
    // ... but a deal that "may be signed" has its parties already.
    {"A peace treaty between Armenia and Azerbaijan may be signed within months.", "Armenia", P::kParticipatesIn,
     "peace treaty between Armenia and Azerbaijan", M::kAsserted},
    {"Somalia broke with Ethiopia in January 2024.", "Ethiopia", P::kCooperatesWith, "Somalia", M::kNegated},
    // A person's party named in apposition.
    {"The National League for Democracy, Suu Kyi's party, was dissolved in 2023.", "Aung San Suu Kyi",
     P::kMemberOf, "National League for Democracy", M::kAsserted},
    {"Netanyahu's party, Likud, won the vote.", "Benjamin Netanyahu", P::kMemberOf, "Likud", M::kAsserted},
    // Aid stopped, and a patron named by a copula.
    {"Slovak Prime Minister Robert Fico halted military aid to Kyiv from state stocks.", "Robert Fico", P::kAids,
     "Ukraine", M::kNegated},
    {"Russia has been Myanmar's main arms supplier since 2021.", "Russia", P::kAids, "Myanmar", M::kAsserted},
    // A deal "on" something signed with a party; a deal named by what it
    // trades.
    {"The European Union signed a memorandum on energy cooperation with Ashgabat in 2022.", "Turkmenistan",
     P::kParticipatesIn, "memorandum", M::kAsserted},
    {"Uzbek President Shavkat Mirziyoyev signed a supply agreement with Ashgabat last year.", "Shavkat Mirziyoyev",
     P::kParticipatesIn, "supply agreement with Ashgabat", M::kAsserted},
    // Relations someone strained are no cooperation; "two NATO allies"
    // names both as members.
    {"The dispute has strained relations between Washington and Copenhagen, two NATO allies.", "United States",
     P::kCooperatesWith, "Denmark", M::kNegated},
    {"The dispute has strained relations between Washington and Copenhagen, two NATO allies.", "Denmark",
     P::kMemberOf, "NATO", M::kAsserted},
    // A mediator of rounds of talks takes part; brokers named before
    // ", which brokered" make the deal specific; "Together they" is the
    // pair the sentence before opened with.
    {"Oman, which mediated five rounds of indirect talks between Iran and the United States, has tried again.",
     "Oman", P::kParticipatesIn, "talks between Iran and the United States", M::kAsserted},
    {"Egypt and Qatar, which brokered the ceasefire in Gaza, called for calm.", "Qatar", P::kParticipatesIn,
     "ceasefire in Gaza", M::kAsserted},
    {"Russia and China met in Beijing. Together they condemned the sanctions on Iran.", "China", P::kCriticizes,
     "sanctions on Iran", M::kAsserted},
    // Arguing for talks proposes them.
    {"President Masoud Pezeshkian has argued for renewed talks with Washington.", "United States", P::kMeets,
     "Masoud Pezeshkian", M::kProposed},
    {"Before flying to Washington, Lee Jae-myung stopped in Tokyo to see Japanese Prime Minister Shigeru Ishiba.",
     "Lee Jae-myung", P::kMeets, "Shigeru Ishiba", M::kAsserted},
};
INSTANTIATE_TEST_SUITE_P(Readings, RelationCase, ::testing::ValuesIn(kReadings));

struct Absent {
  const char* text;
  const char* subject;
  Predicate predicate;
  const char* object;
};

class MisreadingCase : public ::testing::TestWithParam<Absent> {};

TEST_P(MisreadingCase, NotFound) {
  const Absent& c = GetParam();
  Document d = Extract(c.text, "2024-06-01");
  EXPECT_FALSE(Related(d, c.subject, c.predicate, c.object)) << c.text << "\nfound:\n" << Dump(d);
}

const Absent kMisreadings[] = {
    // Exercises two states hold may be anywhere; only elections, summits
    // and the like are where their host is.
    {"Beijing protested when Seoul and Washington held the Ulchi Freedom Shield exercises in August.",
     "Ulchi Freedom Shield exercises in August", P::kLocatedIn, "United States"},
    // The owner of a sanctioned company is not the target.
    {"The Trump administration lifted sanctions on Hungary's Paks II nuclear project.", "sanctions on Paks II",
     P::kTargets, "Hungary"},
    // The state inside a relative clause after the object is not what is
    // refused; a war with someone is no deal with them.
    {"Cairo has refused to accept any deal that does not bind Ethiopia to release water.", "Egypt", P::kOpposes,
     "Ethiopia"},
    {"Iran is waging a costly proxy war with Israel in Syria.", "Iran", P::kCooperatesWith, "Israel"},
    // No state stands out: "the government" is no one's.
    {"Serbia bought jets. Russia objected. The government has also deepened ties with China.", "Russia",
     P::kCooperatesWith, "China"},
    // Joining a body's sanctions is no membership of the body.
    {"Serbia has refused to join EU sanctions against Russia.", "Serbia", P::kMemberOf, "European Union"},
    // No state stands out: a bare title says nothing of whose office it is.
    {"Russia and Ukraine traded blame. Russia and Ukraine met. Prime Minister Ivan Petrovsky resigned.",
     "Ivan Petrovsky", P::kHoldsPosition, "Russia"},
    {"Russia and Ukraine traded blame. Russia and Ukraine met. Prime Minister Ivan Petrovsky resigned.",
     "Ivan Petrovsky", P::kHoldsPosition, "Ukraine"},
    // A licence issued is not the act a later clause names.
    {"The Treasury issued a licence, although the Caesar Act, which Congress passed in 2019, remains in force.",
     "Caesar Act", P::kEnactedBy, "U.S. Department of the Treasury"},
    // "he" after a comma is the person the sentence opened with, not one
    // named since.
    {"Trump wants a deal. He could return the compounds to Putin, he could meet Zelensky in Rome.",
     "Vladimir Putin", P::kMeets, "Volodymyr Zelensky"},
    // A stance on mediation is none on the place it is about.
    {"Jaishankar has said New Delhi will not accept third-party mediation on Kashmir.", "India", P::kOpposes,
     "Kashmir"},
    // A guest "at the White House" after a comma is no employee there.
    {"In June Trump hosted Field Marshal Asim Munir, Pakistan's army chief, for lunch at the White House.",
     "Asim Munir", P::kWorksFor, "White House"},
    {"Wang Yi hosted his Pakistani counterpart, Ishaq Dar, in Beijing.", "Wang Yi", P::kMeets, "Pakistan"},
    // Hosting a state's forces is no meeting with it; a blockade one is hit
    // with is no attack.
    {"Iran struck the Al Udeid air base in Qatar, which hosts U.S. forces.", "Qatar", P::kMeets, "United States"},
    {"Accusing Cuba of posing a threat, the US has hit it with an oil blockade.", "United States", P::kAttacks,
     "Cuba"},
    {"Tajikistan hosts Russia's 201st military base.", "Tajikistan", P::kMeets, "Russia"},
    {"Kazakhstan signed a deal with the American company Cove Kaz Capital to develop tungsten.", "Kazakhstan",
     P::kCooperatesWith, "United States"},
    {"Ukraine was attacked by Russia in 2022.", "Ukraine", P::kAttacks, "Russia"},
    {"Kyiv was praised by Brussels for its reforms.", "Ukraine", P::kPraises, "European Union"},
    // A stance on a body's resolution is none on the body.
    {"China and Russia vetoed the UN resolution on Syria.", "Russia", P::kOpposes, "United Nations"},
    // A venue is no party; talks are no attack.
    {"At the Vilnius summit in July 2023, Turkey dropped its objections.", "Lithuania", P::kParticipatesIn,
     "Vilnius summit in July 2023"},
    {"The Astana talks on Syria resumed.", "Kazakhstan", P::kAttacks, "Syria"},
    // The body whose title a person holds is not who was met.
    {"Erdogan met NATO Secretary General Jens Stoltenberg in Vilnius.", "Recep Tayyip Erdoğan", P::kMeets, "NATO"},
    // The object of "to", with a comma before the verb, is no subject.
    {"Erdogan agreed to send the protocol to the Grand National Assembly, after a meeting with Kristersson and "
     "Stoltenberg.", "Grand National Assembly", P::kMeets, "Jens Stoltenberg"},
    {"Dmitry Medvedev, the deputy chairman of the Security Council, spoke.", "Dmitry Medvedev", P::kWorksFor,
     "UN Security Council"},
    // Met at a place of an organisation's is no employment.
    {"The leaders met President Donald Trump at the White House.", "Donald Trump", P::kWorksFor, "White House"},
    {"Brussels has since pledged a growth plan worth 1.8 billion euros, and Romania has supplied electricity to "
     "Chisinau throughout the winter.", "European Union", P::kAids, "Moldova"},
    {"China, the largest buyer of Iranian crude, has repeatedly rejected unilateral U.S. sanctions and said its "
     "trade is legitimate.", "Iran", P::kOpposes, "United States"},
    {"Kazakhstan belongs to the Eurasian Economic Union, yet it has refused to recognise the annexation of Crimea.",
     "Eurasian Economic Union", P::kOpposes, "annexation of Crimea"},
    {"Saudi Arabia and Russia steer OPEC+ together. Kazakhstan joined OPEC+ in 2016.", "Kazakhstan", P::kMemberOf,
     "OPEC"},
    {"Saudi Arabia and the United States hosted talks between the two sides in Jeddah.", "United States", P::kMeets,
     "Saudi Arabia"},
    {"Saudi Arabia and the United States hosted talks between the two sides in Jeddah.", "Saudi Arabia", P::kMeets,
     "United States"},
    {"From Moscow, Ilan Shor denied the accusations and urged his supporters to boycott the referendum on EU "
     "membership.", "Russia", P::kOpposes, "referendum on EU"},
    {"Russia agreed. Putin's envoy Kirill Dmitriev visited Washington.", "Kirill Dmitriev", P::kHoldsPosition,
     "Vladimir Putin"},
    {"Washington must protect its partners while fighting Russia in Central Asia.", "United States", P::kAttacks,
     "Russia"},
    {"The Wagner Group has fought alongside the Malian army since 2021.", "Wagner Group", P::kAttacks, "Mali"},
    {"Vladimir Medinsky led the Russian side.", "Vladimir Medinsky", P::kHoldsPosition, "Russia"},
    {"Central Asia imposed entry bans on Bidzina Ivanishvili.", "Central Asia", P::kSanctions,
     "Bidzina Ivanishvili"},
    {"Egypt lost transit fees. The United States and the United Kingdom struck Houthi targets in Yemen.", "Egypt",
     P::kAttacks, "Houthis"},
    {"The Houthis have attacked more than 100 merchant ships in the Red Sea.", "Houthis", P::kAttacks, "Red Sea"},
    {"Modi travelled to Tianjin for the summit, where he held talks with Xi Jinping for the first time.",
     "Narendra Modi", P::kCooperatesWith, "Xi Jinping"},
    {"Ursula von der Leyen and Antonio Costa met the five presidents in Samarkand.", "Ursula von der Leyen",
     P::kMeets, "António Costa"},
    {"Japan and South Korea, both treaty allies of the United States, have condemned Russia.", "United States",
     P::kCriticizes, "Russia"},
    {"Mali's transitional president, Colonel Assimi Goïta, praised Moscow for its military aid.", "Mali",
     P::kPraises, "Russia"},
    {"China and Russia - both allies of Cuba - have condemned the US.", "China", P::kCriticizes, "Cuba"},
    {"If the cap is lowered without American support, Indian and Chinese buyers could ignore it.", "United States",
     P::kSupports, "India"},
    {"Talks between Russia and Ukraine, Turkey said, failed.", "Russia", P::kMeets, "Turkey"},
    {"Georgia does not have relations with Moscow, which has occupied Abkhazia since 2008.", "Georgia", P::kAttacks,
     "Abkhazia"},
    {"Trade adviser Peter Navarro has attacked India in unusually harsh language.", "Peter Navarro", P::kAttacks,
     "India"},
    {"India's Russian oil habit meets Washington's tariffs.", "Russia", P::kMeets, "United States"},
    {"Sweden applied to join NATO in 2022. Brussels welcomed the move. Helsinki joined the alliance in April 2023.",
     "Finland", P::kMemberOf, "European Union"},
    {"The war between the Sudanese Armed Forces and the Rapid Support Forces goes on.", "Sudanese Armed Forces",
     P::kMeets, "Rapid Support Forces"},
    {"India will not abandon Russia. It depends on Russian arms, and it has never condemned the invasion of Ukraine.",
     "Russia", P::kCriticizes, "invasion of Ukraine"},
    {"Russia and China congratulated Maduro, and Iran sent its foreign minister to Caracas.", "Russia", P::kPraises,
     "Iran"},
    {"Near Taiwan, China launched large-scale military drills.", "Taiwan", P::kParticipatesIn,
     "large-scale military drills"},
    {"Police arrested Toomaj Salehi, and Narges Mohammadi remains in prison. Her husband, Taghi Rahmani, lives in "
     "exile in Oslo.", "Taghi Rahmani", P::kFamilyOf, "Toomaj Salehi"},
    {"Police arrested Toomaj Salehi, and Narges Mohammadi remains in prison. Her husband, Taghi Rahmani, lives in "
     "exile in Oslo.", "Narges Mohammadi", P::kLocatedIn, "Oslo"},
    {"The Biden administration has provided Kyiv with billions in military assistance.", "Joe Biden", P::kAids,
     "Ukraine"},
    {"Washington should resist the temptation to appease Iran.", "United States", P::kOpposes, "Iran"},
    {"Hungary continues to block EU funds for Kyiv.", "Hungary", P::kOpposes, "European Union"},
    {"Washington doubled tariffs on Brazilian goods in July, but it has not imposed comparable penalties on "
     "Argentina.", "Brazil", P::kSanctions, "Argentina"},
    {"Kazakhstan refused to recognise the annexation of Crimea and has not supported Russia's war against Ukraine.",
     "Kazakhstan", P::kSupports, "Russia"},
    {"Germany sent tanks to Poland, while Hungary backs Serbia and praised the Serbian army.", "Germany", P::kPraises,
     "Serbia"},
    {"The ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, won the October 26 parliamentary "
     "elections.", "Bidzina Ivanishvili", P::kParticipatesIn, "October 26 parliamentary elections"},
    {"Iran would retaliate with the full support of the American people.", "Iran", P::kSupports, "United States"},
    {"Officials met in Rome. They condemned Iran.", "Italy", P::kCriticizes, "Iran"},
    {"Iran is waging a proxy war with Israel in Syria. Iraq was worn out from the Iran\u2013Iraq war.", "Iraq",
     P::kParticipatesIn, "proxy war with Israel"},
    {"Washington would sanction other countries that support North Korea.", "United States", P::kSupports,
     "North Korea"},
    {"Peter Fields, chief executive of Oslo-based shipping group Nordvik Carriers, said so.", "Peter Fields",
     P::kHoldsPosition, "Norway"},
    {"Lena Brook, the founder of the press freedom group Open Lens, was detained.", "Lena Brook", P::kWorksFor,
     "Open Lens"},
    // The carried subject opens a clause of its own: the first verb's
    // object does not run into it, and it is the person, not the state.
    {"Ukrainian President Volodymyr Zelensky welcomed the move and urged Washington to send missiles.",
     "Volodymyr Zelensky", P::kSupports, "Ukraine"},
    {"Donald Trump called the deal a victory for Ilham Aliyev.", "Donald Trump", P::kMeets, "Ilham Aliyev"},
    {"The East African Community met in Arusha. The international community criticized Rwanda.",
     "East African Community", P::kCriticizes, "Rwanda"},
    // An attack verb that is also a noun: "the strikes" after a determiner,
    // and no object across a comma.
    {"President Gustavo Petro condemned the strikes as murder after a Colombian fisherman was killed.",
     "Gustavo Petro", P::kAttacks, "Colombia"},
    {"Claudia Sheinbaum also criticised the strikes, while Trinidad and Tobago backed Washington.",
     "Claudia Sheinbaum", P::kAttacks, "Trinidad and Tobago"},
    // No one meets the state they serve; a place before ", where" meets no one.
    {"Saudi Arabia and Iran offered to mediate, and Saudi minister of state Adel al-Jubeir visited both capitals.",
     "Adel al-Jubeir", P::kMeets, "Saudi Arabia"},
    {"The two leaders travelled to Khujand, where they met Shavkat Mirziyoyev.", "Khujand", P::kMeets,
     "Shavkat Mirziyoyev"},
    {"Tokayev flew to Tianjin, where he held talks with Chinese President Xi Jinping and Russian President "
     "Vladimir Putin.", "Kassym-Jomart Tokayev", P::kMeets, "Russia"},
    // A title before the next name in a list is that name's.
    {"Turkish President Recep Tayyip Erdogan, Iranian President Masoud Pezeshkian and Belarusian leader Alexander "
     "Lukashenko attended.", "Recep Tayyip Erdoğan", P::kHoldsPosition, "Iran"},
    {"Foreign Minister Jan Novak, Czech President Petr Pavel and others came.", "Jan Novak", P::kHoldsPosition,
     "Czech Republic"},
    {"Unlike Armenia, which still hosts a Russian base in Gyumri, Azerbaijan has no Russian troops.", "Armenia",
     P::kMeets, "Russia"},
    {"The United Nations sent experts. Talks include the Alliance Fleuve Congo, the rebel coalition that includes "
     "the M23.", "M23", P::kMemberOf, "United Nations"},
    {"The European Union, which deployed a civilian monitoring mission along the Armenian side of the border, "
     "praised the deal.", "European Union", P::kAids, "Armenia"},
    {"In late June, Russian police raided homes of ethnic Azerbaijanis in Yekaterinburg.", "Russia", P::kAttacks,
     "Azerbaijan"},
    // A relative clause after "the [instrument] for A and B" is the instrument's.
    {"Jim Risch urged the administration to lift the Jackson-Vanik amendment for Uzbekistan and Kazakhstan, which "
     "still restricts trade with both countries.", "Kazakhstan", P::kSanctions, "Uzbekistan"},
    {"Tokayev flew to Tianjin for the summit of the Shanghai Cooperation Organization. After the summit Putin stayed "
     "for a military parade in Beijing on September 3, which Kim Jong Un also attended.", "Kim Jong Un",
     P::kParticipatesIn, "summit of Shanghai Cooperation Organization"},
    // The object of an earlier verb, listed before the subject, does not act.
    {"In January the United States removed Venezuela's president and Trump threatened new sanctions on Cuba.",
     "Nicolás Maduro", P::kSanctions, "Cuba"},
    // Tariffs on the countries that buy from a state do not target the state.
    {"Trump threatened tariffs on countries that buy oil from Venezuela.", "Donald Trump", P::kSanctions,
     "Venezuela"},
    // "up to" a body is how far an approval went, not whom a transfer reached.
    {"It is inconceivable that the Chinese government allowed the transfer of this technology without approval up "
     "to the Chinese Communist Party politburo.", "China", P::kAids, "Chinese Communist Party"},
    // The country a trip went to takes no part in it.
    {"One photo showed Trump at the end of his China trip last week.", "China", P::kParticipatesIn, "China trip"},
    // A body's allies are no body noun: NATO is not in the United States.
    {"America's NATO allies met in Brussels.", "NATO", P::kLocatedIn, "United States"},
    // The state inside a dash aside does not condemn.
    {"Meanwhile, China and Russia - both allies of Cuba - have condemned the US over its pressure.", "Cuba",
     P::kCriticizes, "United States"},
    // A role after ", and" belongs to the clause it opens, not to the
    // apposition before it.
    {"Foreign Minister Kayikwamba Wagner and her counterpart, Olivier Nduhungirehe, shook hands in front of the "
     "cameras, and President Donald Trump later hosted both delegations at the White House.", "Olivier Nduhungirehe",
     P::kWorksFor, "White House"},
    // Calling someone something is no call; holding a stake holds no one.
    {"Trump called Zelensky a dictator.", "Donald Trump", P::kMeets, "Volodymyr Zelensky"},
    {"Lukoil holds a stake in the field run by Mikhail Fridman.", "Lukoil", P::kDetains, "Mikhail Fridman"},
    // A clause after ", although" has a subject of its own.
    {"The United States has not sanctioned Rosatom, although it banned imports of Russian uranium in 2024.",
     "Rosatom", P::kSanctions, "Russia"},
    {"U.S. Senator Lindsey Graham has urged sanctions on Russia.", "United States", P::kSanctions, "Russia"},
    // The head of a government body holds an office there; he does not
    // work for it as its staff do.
    {"Mahmoud Abbas, the president of the Palestinian Authority, attended.", "Mahmoud Abbas", P::kWorksFor,
     "Palestinian Authority"},
    // A verb before "attacks on" is no modifier of the attacks: who condemns
    // them, or a treaty that covers them, attacks no one.
    {"Poland condemned attacks on Kharkiv.", "Poland", P::kAttacks, "Kharkiv"},
    {"The treaty between Japan and Australia covers attacks on Japanese ships.", "Australia", P::kAttacks, "Japan"},
    {"Thailand and India, which share long borders with Myanmar, have kept working with the military.", "Thailand",
     P::kBorders, "India"},
    {"Kazakhstan remains a member of the Eurasian Economic Union and the CSTO, whose troops helped Kassym-Jomart "
     "Tokayev restore order in January 2022.",
     "Eurasian Economic Union", P::kAids, "Kassym-Jomart Tokayev"},
    {"The EU ought to sanction the Chinese refineries that process Russian crude. It should also consider a ban on "
     "imports of Russian gas.",
     "China", P::kSanctions, "Russia"},
    {"Russia and China, Maduro's main foreign backers, have criticised the American deployment.", "Nicolás Maduro",
     P::kCriticizes, "United States"},
    // "instead of Russia" adds no name to a list: the words after a state
    // make a title only before a person.
    {"Armenia buys weapons from France and India instead of Russia.", "Russia", P::kAids, "Armenia"},
    // Support for a cap on a state's goods is no support of the state.
    {"Germany supports a cap on Russian steel imports.", "Germany", P::kSupports, "Russia"},
    {"Eritrea, ruled by Isaias Afwerki since independence in 1993, fought alongside Ethiopian federal forces.",
     "Isaias Afwerki", P::kAids, "Ethiopia"},
    // Another state named mid-sentence before a bare title: whose office it
    // is stays unknown.
    {"Belarus freed prisoners. Belarus hosts Russian weapons. Minsk denies it. Smugglers flew balloons from "
     "Belarus into Lithuania, and Prime Minister Saulius Skvernelis accused Minsk of a hybrid attack.",
     "Saulius Skvernelis", P::kHoldsPosition, "Belarus"},
    // Two attackers before: whose strike is condemned is unclear.
    {"Israel struck Gaza, and Iran struck Israel. Qatar condemned the strikes.", "Qatar", P::kCriticizes, "Iran"},
    // "the strikes" used before the latest attack was told still names the earlier ones.
    {"Israel struck Iran on June 13. American bombers hit Fordow. Trump called the strikes a success. Iran fired "
     "missiles at Al Udeid Air Base. Russia and China condemned the strikes.",
     "China", P::kCriticizes, "Iran"},
    // An attack three sentences back is too far to be "the strike".
    {"Israel struck Hamas negotiators in Doha. Gulf rulers were alarmed. Oil prices rose. Qatar condemned the "
     "strike.", "Qatar", P::kCriticizes, "Israel"},
    {"Viktor Orban runs Hungary. In April he hosted Benjamin Netanyahu in Budapest. He has praised Xi Jinping's "
     "peace proposals.", "Benjamin Netanyahu", P::kPraises, "Xi Jinping"},
    // The apposition of a named accord is no other deal the text told of.
    {"Kazakhstan signed a deal with Cove Kaz Capital. Kazakhstan said it would join the Abraham Accords, the "
     "normalisation agreements that Israel signed with Bahrain in 2020.", "Israel", P::kParticipatesIn,
     "deal with Cove Kaz Capital"},
    // A name in an opening adverbial is no subject of a later verb.
    {"Israel remains the biggest obstacle. Since Assad's fall, the Israeli army has occupied a buffer zone in "
     "southern Syria and struck military sites across the country, including the defence ministry in Damascus in "
     "July.", "Bashar al-Assad", P::kAttacks, "Israel"},
    // A head of state "to visit" a body does not work for it.
    {"Ahmed al-Sharaa, the Syrian president, became the first Syrian head of state to visit the White House.",
     "Ahmed al-Sharaa", P::kWorksFor, "White House"},
    {"But General Abdourahamane Tiani, who seized power in Niger, has said the Sahel states will not return.",
     "Abdourahamane Tiani", P::kAttacks, "Niger"},
    {"Pakistan said its Chinese-made J-10C jets had shot down several Indian aircraft.", "China", P::kAttacks,
     "India"},
    // ... and never a person two sentences back.
    {"Donald Trump met Gustavo Petro. Colombia protested. Washington then sanctioned him.", "United States",
     P::kSanctions, "Gustavo Petro"},
    {"In May, delegations led by Vladimir Medinsky and Rustem Umerov met in Istanbul. In August, Trump received "
     "Vladimir Putin in Anchorage, the first summit between the two presidents since 2019.", "Vladimir Medinsky",
     P::kParticipatesIn, "first summit"},
    // Receiving a status is meeting no one.
    {"Georgia received EU candidate status in December 2023.", "Georgia", P::kMeets, "European Union"},
    // A noun "shells" is no shelling.
    {"The initiative, which Prague launched in 2024 to buy artillery shells for Ukraine, may end.", "Czech Republic",
     P::kAttacks, "Ukraine"},
    // "any attack by the group" is the group's, and only possible.
    {"The TTP has killed hundreds of soldiers. Khawaja Asif warned that Pakistan would treat any attack by the group "
     "as an act of war.", "Pakistan",
     P::kAttacks, "Tehrik-i-Taliban Pakistan"},
    // One member of an alliance is not the alliance.
    {"It was the first time a NATO member had fired on Russian military assets.", "NATO", P::kAttacks, "Russia"},
    // The office names the state's council, not the UN's.
    {"Dmitry Medvedev, deputy chairman of the Security Council, declared that the West was at war with Russia.",
     "Dmitry Medvedev", P::kHoldsPosition, "UN Security Council"},
    {"Dmitry Medvedev, deputy chairman of the Security Council, declared that the West was at war with Russia.",
     "Dmitry Medvedev", P::kWorksFor, "UN Security Council"},
    // Posts along a border are places, not messages.
    {"Taliban forces attacked posts along the border with Pakistan.", "Taliban", P::kCriticizes, "Pakistan"},
    // Relations in a crisis are no partnership.
    {"It was the worst crisis in Sino-Japanese relations in a decade.", "China", P::kCooperatesWith, "Japan"},
    // Praise for a name is no insult.
    {"Vladimir Putin called Trump a smart man.", "Vladimir Putin", P::kCriticizes, "Donald Trump"},
    // Replacing someone as something else takes none of his offices.
    {"Kemi Badenoch succeeded Rishi Sunak as party leader in 2024.", "Kemi Badenoch", P::kHoldsPosition,
     "United Kingdom"},
    // Blocking sanctions imposes none, and the target is no one opposed.
    {"Hungary threatened to veto the renewal of sanctions on Russia.", "Hungary", P::kSanctions, "Russia"},
    {"Hungary threatened to block new sanctions against Russia.", "Hungary", P::kOpposes, "Russia"},
    {"Hungary threatened to block new sanctions against Russia.", "Hungary", P::kSanctions, "Russia"},
    {"In December the State Department imposed visa bans on Georgian officials, and later the Treasury sanctioned "
     "Bidzina Ivanishvili, the billionaire who founded Georgian Dream, accusing him of undermining democracy.",
     "U.S. Department of State", P::kCriticizes, "Georgia"},
    // Two states that sever ties "with" a third do not sever them between them.
    {"Ukraine hinted it had helped the rebels, prompting Mali and Niger to sever diplomatic relations with Kyiv.",
     "Mali", P::kCooperatesWith, "Niger"},
    {"Mali's junta leader, General Assimi Goita, has made Moscow his partner. He withdrew from the Economic "
     "Community of West African States in 2024.", "Assimi Goita", P::kMemberOf, "ECOWAS"},
    {"Javier Milei declined to join the BRICS group.", "Javier Milei", P::kMemberOf, "BRICS"},
    // (A leader out of office acts for no state.)
    {"Alberto Fernández wanted Argentina's partners to join BRICS.", "Argentina", P::kMemberOf, "BRICS"},
    // One of the attackers is never their target.
    {"Israeli and American strikes on its nuclear sites continued for twelve days.", "United States",
     P::kAttacks, "Israel"},
    // "border" as a noun after a pair of demonyms borders nothing.
    {"Kyrgyz and Tajik border guards clashed near Batken.", "Kyrgyzstan", P::kBorders, "Tajikistan"},
    // A body called by a common noun is not placed by the place after it.
    {"Almasadam Satkaliyev, who heads the new Agency for Atomic Energy, praised the offer. Rosatom chief executive "
     "Alexei Likhachev signed a roadmap with the agency in Moscow.", "Agency for Atomic Energy", P::kLocatedIn,
     "Russia"},
    // A standing text named earlier is not the deal "the peace agreement" means.
    {"Armenia ratified the Rome Statute in 2023. If the peace agreement initialled in Washington holds, Pashinyan "
     "may be right.", "Rome Statute", P::kLocatedIn, "United States"},
    // The one stood "with" against a thing is not who opposes it.
    {"US Ambassador George Glass said Washington stood with Japan against Chinese coercion.", "Japan", P::kOpposes,
     "China"},
    // A subordinate clause after the object-side gap is not the object.
    {"The RSF seized the city after the Sudanese Armed Forces withdrew their last units.", "Rapid Support Forces",
     P::kAttacks, "Sudanese Armed Forces"},
    {"The Rapid Support Forces seized the city after the Sudanese Armed Forces withdrew.", "Rapid Support Forces",
     P::kAttacks, "Sudanese Armed Forces"},
    // A place of the clashes after the agreement is not the agreement's.
    {"Japan and the Philippines signed a Reciprocal Access Agreement in Manila. The agreement follows months of "
     "clashes at Second Thomas Shoal.", "Reciprocal Access Agreement", P::kLocatedIn, "Second Thomas Shoal"},
    // A gerund after a comma is the clause subject's, not the name before.
    {"Washington also sanctioned Burhan days later, accusing the army of attacking civilians.",
     "Abdel Fattah al-Burhan", P::kCriticizes, "Sudanese Armed Forces"},
    // A name in an aside before the verb is no object of the main clause.
    {"Kenya, whose president William Ruto hosted an RSF conference in Nairobi in February, faced criticism from "
     "Khartoum.", "Sudan", P::kCriticizes, "Nairobi"},
    // Who urges others to boycott does not stay away himself.
    {"Ilan Shor urged his supporters to boycott the referendum on EU membership.", "Ilan Shor", P::kParticipatesIn,
     "referendum on EU"},
    // The leader named in an aside is not who accuses.
    {"Peter Navarro, Trump's trade adviser, accused India of profiteering from the war.", "Donald Trump",
     P::kCriticizes, "India"},
    // A city's office is not its state's, though the capital names both.
    {"Nawrocki narrowly defeated Warsaw mayor Rafał Trzaskowski in the June runoff.", "Rafał Trzaskowski",
     P::kHoldsPosition, "Poland"},
    // A maker's name before its goods is no object of a stance.
    {"The Biden administration blocked exports of advanced Nvidia chips to the United Arab Emirates.",
     "United States", P::kOpposes, "Nvidia"},
    // The state in an apposition's possessive is not who meets.
    {"Sheikh Tahnoun bin Zayed, the UAE's national security adviser, met Jake Sullivan in Washington.",
     "United Arab Emirates", P::kMeets, "Jake Sullivan"},
    // Trade banned with a state is no trade with it.
    {"Such transfers breach the United Nations Security Council resolutions that ban arms trade with Pyongyang.",
     "North Korea", P::kCooperatesWith, "UN Security Council"},
    // An event's place does not lie across a comma.
    {"Edmundo González, whom the opposition considers the winner of the 2024 election, lives in exile in Madrid.",
     "2024 election", P::kLocatedIn, "Spain"},
    // ... and not the holder the knowledge base names for the date.
    {"Japan's prime minister, Sanae Takaichi, told parliament.", "Fumio Kishida", P::kHoldsPosition, "Japan"},
    // Who is killed is no officer of the killer.
    {"Hezbollah is weaker than ever. Israel killed its leader, Hassan Nasrallah, in September.", "Hassan Nasrallah",
     P::kHoldsPosition, "Israel"},
    // Joining a body's measures is no membership of the body.
    {"Serbia has refused to join the European Union's sanctions against Russia.", "Serbia", P::kMemberOf,
     "European Union"},
    // "its" after a body named in the sentence is the body's, not the state
    // named the sentence before.
    {"Beijing refused to let Swedish prosecutors board the ship. Secretary General Mark Rutte said that NATO would "
     "not tolerate attacks on its critical infrastructure.",
     "NATO", P::kAttacks, "China"},
    // A relative clause's second verb is the antecedent's, not the
    // sentence subject's.
    {"Moldovan police raided addresses linked to Ilan Shor, who lives in Moscow and is under sanctions by the "
     "European Union.",
     "European Union", P::kSanctions, "Moldova"},
    // ", and the head of the Revolutionary Guards, X": a second item of a
    // list, no apposition of the name before it.
    {"Israel killed the chief of staff of the armed forces, Mohammad Bagheri, and the head of the Revolutionary "
     "Guards, Hossein Salami.",
     "Mohammad Bagheri", P::kWorksFor, "Islamic Revolutionary Guard Corps"},
    // "the al-Qaeda affiliate that has besieged Bamako": the affiliate acts.
    {"Malian troops fought against JNIM, the al-Qaeda affiliate that has besieged Bamako since September.",
     "al-Qaeda", P::kAttacks, "Mali"},
    // "pressed him to pay more for the troops stationed in": the troops are.
    {"Lee Jae-myung travelled to Tokyo. In Washington, Donald Trump pressed him to pay more for the 28,500 American "
     "troops stationed in South Korea.",
     "Lee Jae-myung", P::kLocatedIn, "South Korea"},
    // A bloc is where its seat is, not where its leaders meet others.
    {"The five presidents met Xi Jinping in Astana and the leaders of the European Union in Samarkand.",
     "European Union", P::kLocatedIn, "Samarkand"},
    // A coalition against the Islamic State is not the bloc named before.
    {"The European Union lifted its sanctions. Syria joined the coalition against the Islamic State in November.",
     "Syria", P::kMemberOf, "European Union"},
    // A company that stops deliveries imposes no sanctions.
    {"The Croatian pipeline operator JANAF stopped deliveries of crude to the Serbian refinery in Pancevo.", "JANAF",
     P::kSanctions, "Serbia"},
    // A state's own army retaking its capital does not attack the state.
    {"The Sudanese Armed Forces retook Khartoum in March 2025.", "Sudanese Armed Forces", P::kAttacks, "Sudan"},
    // The capital where two leaders met is no side of "both sides".
    {"Anwar Ibrahim hosted Hun Manet and acting Thai prime minister Phumtham Wechayachai in Putrajaya on 28 July, and "
     "both sides signed a ceasefire agreement.",
     "Malaysia", P::kParticipatesIn, "ceasefire"},
    // Attacks launched from a state's soil are not attacks on it.
    {"Field Marshal Asim Munir said Pakistan would no longer tolerate attacks launched from Afghan soil.",
     "Pakistan", P::kAttacks, "Afghanistan"},
    // A place after "in" at the end of what is rejected is where, not whom.
    {"Benjamin Netanyahu has rejected any role for the authority in Gaza.", "Benjamin Netanyahu", P::kOpposes,
     "Gaza"},
    // A person welcomed is received as a guest, not backed.
    {"Saudi Arabia has restored ties with Beirut and welcomed Nawaf Salam in Riyadh.", "Saudi Arabia",
     P::kSupports, "Nawaf Salam"},
    // A minister whose sentence names another state after the title holds
    // no office in the article's state.
    {"Lebanon's cabinet met in Beirut. Lebanon wants calm. Lebanon has asked for help. The Israeli air force struck "
     "Beirut. Defence Minister Yoav Katzman said Israel would continue to act against any threat.",
     "Yoav Katzman", P::kHoldsPosition, "Lebanon"},
    // Standing with an ally against a state is no support for that state.
    {"George Glass said the United States stood with its ally against Chinese coercion.", "United States",
     P::kSupports, "China"},
    // A state's media attack in words, not in arms.
    {"Russian state television attacked Nikol Pashinyan daily.", "Russia", P::kAttacks, "Nikol Pashinyan"},
    // "with or without Russia": no stance on Russia.
    {"Ali Akbar Velayati warned that Tehran would block the corridor with or without Russia.", "Iran", P::kOpposes,
     "Russia"},
    // Who is defended against someone takes no stance.
    {"Armenian authorities arrested Samvel Karapetyan after he defended the Armenian Apostolic Church against Nikol "
     "Pashinyan.",
     "Armenian Apostolic Church", P::kOpposes, "Nikol Pashinyan"},
    // A sentence passed in absentia holds no one.
    {"A special tribunal in Dhaka sentenced Sheikh Hasina to death in absentia in November.", "Bangladesh",
     P::kDetains, "Sheikh Hasina"},
    // A possessor is not who had the meeting.
    {"Trump's envoy Steve Witkoff returned to Washington after a meeting with Vladimir Putin.", "Donald Trump",
     P::kMeets, "Vladimir Putin"},
    {"At the Vilnius summit, Erdoğan agreed to send the protocol to parliament, after a meeting with Ulf Kristersson "
     "and NATO Secretary General Jens Stoltenberg.",
     "Recep Tayyip Erdoğan", P::kMeets, "NATO"},
    // A person's relative is whom a sanction is on.
    {"Alexandre de Moraes ruled against Bolsonaro. Washington responded by sanctioning Moraes's wife.",
     "United States", P::kSanctions, "Alexandre de Moraes"},
    {"Jair Bolsonaro was convicted. Eduardo Bolsonaro, his son and a federal deputy who had lobbied in Washington, "
     "met Marco Rubio.",
     "Jair Bolsonaro", P::kMeets, "Marco Rubio"},
    // A possession of the one named is what a host holds, not a meeting.
    {"Tajikistan hosts Russia's largest foreign military base.", "Tajikistan", P::kMeets, "Russia"},
    // A passive's subject is no attacker.
    {"An Azerbaijani airliner was shot down over Chechnya in December.", "Azerbaijan", P::kAttacks, "Chechnya"},
    // Who blocks talks is no party to them.
    {"Hungary has blocked the opening of accession talks with Ukraine.", "Hungary", P::kMeets, "Ukraine"},
    // Taking over a company is no attack on it.
    {"Rosneft owns a refinery in Serbia. Serbia will not seize Rosneft's stake or the company itself.", "Serbia",
     P::kAttacks, "Rosneft"},
    // A threatened or possible departure says nothing against membership.
    {"Iran warned that it could leave the Non-Proliferation Treaty.", "Iran", P::kMemberOf,
     "Treaty on the Non-Proliferation of Nuclear Weapons"},
    // Where a state sent its envoys is no subject of what they went to do.
    {"Washington sent Vice President JD Vance and the envoys Steve Witkoff and Jared Kushner to Israel to hold "
     "talks with Hamas.",
     "Israel", P::kMeets, "Hamas"},
    // The subject of a relative clause after a list of names is none of them.
    {"Lee Jae-myung has kept the trilateral cooperation with Washington and Tokyo that Yoon Suk Yeol built.",
     "Lee Jae-myung", P::kCooperatesWith, "Yoon Suk Yeol"},
    // A state that houses a body does not meet it.
    {"Belgium, which hosts the North Atlantic Treaty Organization in Brussels, raised its defence budget.",
     "Belgium", P::kMeets, "NATO"},
    // A title after a state names the next person only when it is a title.
    {"Adam Kadyrov is the son of Ramzan Kadyrov. An Interior Ministry colonel, he is seen as his heir.",
     "Adam Kadyrov", P::kHoldsPosition, "Interior Ministry"},
    // Two that agree on cooperation with a third do not thereby cooperate.
    {"Norway and Iceland agreed to expand cooperation with the European Union on fisheries.", "Norway",
     P::kCooperatesWith, "Iceland"},
    // Pushing someone back is no support.
    {"Ukraine pushed back Russia near Kupiansk.", "Ukraine", P::kSupports, "Russia"},
    // "under" a president names a time, not an office.
    {"She coordinated sanctions policy at the State Department under Barack Obama.", "Barack Obama",
     P::kHoldsPosition, "U.S. Department of State"},
    // A "whose" of another noun takes the verb after it away from the subject.
    {"Erdoğan met Aliyev, who hosted the commander whose troops had fought Armenian forces.", "Ilham Aliyev",
     P::kAttacks, "Armenia"},
    // "since" before a verb opens no clause with a subject of its own.
    {"Kaja Kallas has since visited the Pentagon twice and signed a security agreement with Moldova.",
     "Pentagon", P::kCooperatesWith, "Moldova"},
    // A demanded exit from a body leaves the membership as it is.
    {"Hardliners in parliament demand that Iran withdraw from the Non-Proliferation Treaty.", "Iran",
     P::kMemberOf, "Treaty on the Non-Proliferation of Nuclear Weapons"},
    // Delivering a letter from someone aids no one.
    {"Britain delivered a letter from King Charles III to Donald Trump.", "United Kingdom", P::kAids,
     "King Charles III"},
    // Exchanging visits is no exchange of fire.
    {"Vladimir Putin and Xi Jinping exchanged state visits in 2024.", "Vladimir Putin", P::kAttacks, "Xi Jinping"},
    // Leaders who clash over a policy only argue.
    {"Emmanuel Macron and Donald Trump clashed over trade in Quebec.", "Emmanuel Macron", P::kAttacks,
     "Donald Trump"},
    // A region of several states is where an attack happened, not whom.
    {"The U.S. military has struck more than twenty boats in the Caribbean.", "United States", P::kAttacks,
     "Caribbean"},
    // A plural noun after "and" is no verb ("the raids and strikes on Gaza").
    {"Egypt condemned the raids and strikes on Gaza.", "Egypt", P::kAttacks, "Gaza"},
    // "the withdrawal" without a possessive is another's.
    {"The United States did not condemn the withdrawal from the International Criminal Court.", "United States",
     P::kMemberOf, "International Criminal Court"},
    // The mediator is no side of "the two sides".
    {"The M23 captured Goma in January. Qatar has mediated talks between the rebels and Kinshasa, and the two sides "
     "signed a declaration of principles in Doha.",
     "Qatar", P::kParticipatesIn, "declaration"},
    // A body after "at" is where, not the subject of the next verb.
    {"In July the two sides signed a declaration of principles. In December Presidents Tshisekedi and Kagame met "
     "Trump at the White House to sign the final accords.",
     "White House", P::kParticipatesIn, "final accords"},
    // A relative clause on a noun after the subject has its own subject.
    {"Asim Munir has accused the Taliban of sheltering militants who have killed hundreds of Pakistani soldiers.",
     "Taliban", P::kAttacks, "Pakistan"},
    // The state excepted does not do what the others do.
    {"All five states except Turkmenistan are members of the Shanghai Cooperation Organisation.", "Turkmenistan",
     P::kMemberOf, "Shanghai Cooperation Organization"},
    // An end of aid only demanded leaves the aid as it is.
    {"The Alternative for Germany has demanded that Berlin stop aid to Ukraine.", "Germany", P::kAids, "Ukraine"},
    // Holding hands is no detention.
    {"At the summit, Narendra Modi held hands with Vladimir Putin.", "Narendra Modi", P::kDetains, "Vladimir Putin"},
    // Selling goods is trade, not aid.
    {"American farmers complained that Argentina had sold soybeans to China.", "Argentina", P::kAids, "China"},
    // Names after a preposition, then a comma and a verb: the sentence's
    // subject does that verb.
    {"Milei has aligned Argentina with the United States and Israel, withdrawn from the World Health Organization, "
     "and courted investors.",
     "Israel", P::kMemberOf, "World Health Organization"},
    // A membership blocked is none.
    {"Russia and China continue to block Kosovo's membership of the United Nations.", "Kosovo", P::kMemberOf,
     "United Nations"},
    // Measures on a subject matter punish no one named after it.
    {"Italy adopted measures on migration from Libya.", "Italy", P::kSanctions, "Libya"},
    // The accuser is not the attacker.
    {"Moscow accused Kyiv of shelling Belgorod.", "Russia", P::kAttacks, "Belgorod"},
    // "its" is never the second of a pair named before it.
    {"North Korea confirmed in April what Seoul and Kyiv had said for months: its soldiers had fought for Russia "
     "in Kursk.",
     "Ukraine", P::kAids, "Russia"},
    // A departure only debated leaves the membership as it was.
    {"Tehran debated withdrawing from the Non-Proliferation Treaty.", "Iran", P::kMemberOf,
     "Treaty on the Non-Proliferation of Nuclear Weapons"},
    {"Steve Witkoff, Trump's envoy, held five rounds of talks with him in the spring.", "Steve Witkoff", P::kMeets,
     "Donald Trump"},
    // Aid barred is none.
    {"Washington waived Section 907, a 1992 restriction on American aid to Azerbaijan.", "United States", P::kAids,
     "Azerbaijan"},
    // Moving towards a bloc or a region is no advance on it.
    {"Armenia has advanced towards Europe since 2023.", "Armenia", P::kAttacks, "Europe"},
    // A passive's subject is not who sentences.
    {"Gagauzia's governor, Evghenia Gutul, was sentenced to seven years in prison for financing Ilan Shor's party.",
     "Evghenia Guțul", P::kDetains, "Ilan Shor"},
    {"The breakaway region of Transnistria is the test ahead. Since Ukraine stopped the transit of Russian gas in "
     "January 2025, the region's economy has been in free fall, and its leader Vadim Krasnoselsky has turned to "
     "Chisinau for help.",
     "Vadim Krasnoselsky", P::kHoldsPosition, "Ukraine"},
    // A body "of" a list of states has them as members; it is not placed there.
    {"The Quad of the United States, Saudi Arabia, Egypt and the UAE proposed a three-month humanitarian truce.",
     "Quad", P::kLocatedIn, "United States"},
    // The possessor of a group that acts does not act himself.
    {"Rodrigo Duterte has been in The Hague since March. Duterte's supporters accuse Ferdinand Marcos Jr. of "
     "surrendering a citizen to foreign judges.",
     "Rodrigo Duterte", P::kCriticizes, "Ferdinand Marcos Jr."},
    // An official of a party is its staff.
    {"Kim Yo Jong, a senior official of the Workers' Party of Korea, dismissed the criticism.", "Kim Yo Jong",
     P::kMemberOf, "Workers' Party of Korea"},
    {"Seoul voted. Lee Jae-myung of the Democratic Party won the snap election on 3 June 2025.",
     "Democratic Party of Korea",
     P::kParticipatesIn, "snap election on 3 June 2025"},
    // Enemy forces expelled from a region are fought, not partners.
    {"Pyongyang sent soldiers to help Russia expel Ukrainian forces from the Kursk region.", "Russia",
     P::kCooperatesWith, "Ukraine"},
    // "whose troops helped": the last of the names before "whose" only.
    {"Kazakhstan is a member of the Eurasian Economic Union and the CSTO, whose troops helped Tokayev restore order.",
     "Eurasian Economic Union", P::kAids, "Kassym-Jomart Tokayev"},
    // A verb's form after a possessive is an adjective: no one jails here.
    {"The Kurdistan Workers' Party announced that it would dissolve, answering a call by its jailed founder, "
     "Abdullah Ocalan.",
     "PKK", P::kDetains, "Abdullah Ocalan"},
    {"Ottawa retaliated with counter-tariffs on American goods.", "Canada", P::kAttacks, "United States"},
    {"Washington sanctioned Keremet Bank. President Sadyr Japarov has rejected the accusations. He said Kyrgyzstan "
     "respects international law, and that the country will keep its trade with Russia.",
     "United States", P::kCooperatesWith, "Russia"},
    // An ending only asked about.
    {"Would Armenia formally leave the CSTO? Pashinyan has not set a date.", "Armenia", P::kMemberOf,
     "Collective Security Treaty Organization"},
    // A conjunction ends the words between an office's "of" and its body.
    {"Nabih Berri, the speaker of parliament and Hezbollah's closest ally, urged calm.", "Nabih Berri",
     P::kHoldsPosition, "Hezbollah"},
    {"Kataib Hezbollah, the most powerful of the Iran-aligned militias, stopped attacking American forces in 2024.",
     "Hezbollah", P::kAttacks, "United States"},
    // A demonym before a non-state group is no target.
    {"Washington designated two Ecuadorian gangs as terrorist organisations.", "United States", P::kSanctions,
     "Ecuador"},
    // No person is a member of a bloc of states.
    {"Marine Le Pen has not proposed to leave NATO, her advisers say.", "Marine Le Pen", P::kMemberOf, "NATO"},
    // "its military cooperation": "military" qualifies the ties, and
    // "its" is the subject's, not the last state's.
    {"Since the coup, Niamey has expelled French troops, ended its military cooperation with the United States and "
     "left ECOWAS.",
     "France", P::kCooperatesWith, "United States"},
    // "aimed at" a state is no place.
    {"The Pukpuk Treaty is aimed at China.", "Pukpuk Treaty", P::kLocatedIn, "China"},
    // Two people's one-word aliases side by side name someone else.
    {"Khalifa Haftar commands the army. His son Saddam Haftar met Turkish Defence Minister Yaşar Güler in Ankara.",
     "Khalifa Haftar", P::kMeets, "Yaşar Güler"},
    // A title before another person's name is no role of the subject's.
    {"President Volodymyr Zelensky is due to meet President Donald Trump at the White House on Friday.",
     "Volodymyr Zelensky", P::kWorksFor, "White House"},
    // "after" an event is when, not what was begun.
    {"Kassym-Jomart Tokayev framed the reform as the next step in the modernisation he began after the unrest of "
     "January 2022.",
     "Kassym-Jomart Tokayev", P::kParticipatesIn, "unrest of January 2022"},
    // "any supply" is a noun, not a verb of the speaker's.
    {"Kremlin spokesman Dmitry Peskov said that any supply of US Tomahawk missiles to Ukraine would mark an "
     "escalation.",
     "Dmitry Peskov", P::kAids, "Ukraine"},
    // Seizing control from someone is neither an attack nor a detention.
    {"A faction of the TPLF led by Debretsion Gebremichael has seized control of the interim administration from "
     "Getachew Reda.",
     "Debretsion Gebremichael", P::kDetains, "Getachew Reda"},
    {"A faction of the TPLF led by Debretsion Gebremichael has seized control of the interim administration from "
     "Getachew Reda.",
     "Debretsion Gebremichael", P::kAttacks, "Getachew Reda"},
    {"Mohamed Muizzu asked India to withdraw the roughly 80 military personnel who operated two helicopters on the "
     "islands, made his first state visit to Turkey and signed deals in China.",
     "India", P::kMeets, "Turkey"},
    // An opposition leader holds no office of the state.
    {"The committee awarded the prize to María Corina Machado, the Venezuelan opposition leader.",
     "María Corina Machado", P::kHoldsPosition, "Venezuela"},
    // The group "of" a body acts, not the body.
    {"Supporters of the ruling Serbian Progressive Party attacked students in Novi Sad.",
     "Serbian Progressive Party", P::kAttacks, "Novi Sad"},
    {"The road crosses the Armenian province of Syunik.", "Armenia", P::kLocatedIn, "Syunik"},
    {"Colombian President Gustavo Petro called the strikes murder. Trump responded by calling Petro an illegal drug "
     "leader, cut aid to Colombia and imposed sanctions on Petro himself.",
     "Gustavo Petro", P::kAids, "Colombia"},
    // A group commanded by a person is led by him, not armed by him.
    {"The Rapid Support Forces, commanded by Mohamed Hamdan Dagalo, have fought the army since April 2023.",
     "Mohamed Hamdan Dagalo", P::kAids, "Rapid Support Forces"},
    {"M23 rebels seized Goma in January. UN experts have long reported that Rwanda commands and supplies the group.",
     "United Nations", P::kAids, "M23"},
    // A clause after "that" with its own auxiliary hands the next verb back.
    {"The Biden administration determined that the RSF had committed genocide in Darfur and sanctioned Hemedti.",
     "Rapid Support Forces", P::kSanctions, "Mohamed Hamdan Dagalo"},
    // In a list of titled names, the title after a name that has its own
    // before it is the next name's.
    {"Israel opened its war on Iran with strikes that killed the chief of the general staff, Mohammad Bagheri, the "
     "commander of the Revolutionary Guards, Hossein Salami, and several scientists.",
     "Mohammad Bagheri", P::kHoldsPosition, "Islamic Revolutionary Guard Corps"},
    {"Washington Finally Hits Rosneft and Lukoil", "United States", P::kAttacks, "Rosneft"},
    // Sentenced in absentia, past an apposition: no one is held.
    {"The tribunal in Dhaka sentenced Sheikh Hasina, Bangladesh's former prime minister, to death in absentia.",
     "Bangladesh", P::kDetains, "Sheikh Hasina"},
    // A state's name before its military base is no one met.
    {"Abidjan hosted a French military base until February 2025.", "Ivory Coast", P::kMeets, "France"},
    // An event after "during" says when a stance was taken, not on what.
    {"Turkey supported it during the 2020 war over Karabakh.", "Turkey", P::kSupports, "2020 war over Karabakh"},
    // A comma after a subordinate clause's subject closes it: the verb after
    // ", and" is the sentence's subject's.
    {"Amir Khan Muttaqi visited New Delhi in October, the first visit by a Taliban minister since the group took "
     "power in 2021, and met Foreign Minister S. Jaishankar.",
     "Taliban", P::kMeets, "Subrahmanyam Jaishankar"},
    // A place a thing runs across is no stance's object, in the passive too.
    {"A pipeline across the Caspian Sea is still opposed by Russia and Iran.", "Russia", P::kOpposes, "Caspian Sea"},
    // The subject of a "while" clause closed by a comma does not go on.
    {"Naim Qassem, who became Hezbollah's secretary-general after Israel killed Hassan Nasrallah, warned that the "
     "group would not disarm while Israel occupied Lebanese land, and accused Beirut of serving foreign interests.",
     "Israel", P::kCriticizes, "Lebanon"},
    // A person designated as an officer is appointed, not sanctioned.
    {"Days later Aoun designated Nawaf Salam, a former president of the International Court of Justice, as prime "
     "minister.",
     "Joseph Aoun", P::kSanctions, "Nawaf Salam"},
    // The body in an apposition's possessive does not act for the person.
    {"The International Monetary Fund approved a loan. Kristalina Georgieva, the Fund's managing director, praised "
     "Milei's reforms.",
     "International Monetary Fund", P::kPraises, "Javier Milei"},
    // Who was released on the day someone met someone meets no one.
    {"Siarhei Tsikhanouski was released on the day Keith Kellogg, Donald Trump's special envoy for Ukraine, met "
     "Alexander Lukashenko in Minsk.",
     "Siarhei Tsikhanouski", P::kMeets, "Alexander Lukashenko"},
    // The body in a title's apposition does not meet.
    {"António Costa, the President of the European Council, and Ursula von der Leyen, the President of the European "
     "Commission, met the presidents of Kazakhstan and Uzbekistan.",
     "European Commission", P::kMeets, "Kazakhstan"},
    // The object of a verb does not act in the next verb of the series.
    {"They have also expelled French troops, ended cooperation with the United Nations mission in Mali and turned to "
     "Russia.",
     "France", P::kCooperatesWith, "United Nations"},
    // An election of an earlier year, named after the article's own, is not
    // what "the vote" means.
    {"The junta will hold a general election on 28 December. The NLD won the 2020 election by a landslide. Wang Yi has "
     "endorsed the vote.",
     "Wang Yi", P::kSupports, "2020 election"},
    // A guest given refuge is not met.
    {"Al-Sharaa visited Moscow and met Vladimir Putin, who hosts Assad in exile.", "Vladimir Putin", P::kMeets,
     "Bashar al-Assad"},
    // The same object pronoun twice in a sentence is one person.
    {"The parties that removed her, including Fuerza Popular, led by Keiko Fujimori, had protected her for years.",
     "Fuerza Popular", P::kAids, "Keiko Fujimori"},
    // The office in another person's apposition is not the subject's.
    {"The most powerful man after Japarov is Kamchybek Tashiev, the head of the State Committee for National "
     "Security.",
     "Sadyr Japarov", P::kWorksFor, "State Committee for National Security"},
    // States whose names modify a sanction do not attack.
    {"Kyrgyz banks have been hit by American and British sanctions for helping Russia.", "United States", P::kAttacks,
     "Kyrgyzstan"},
    // An office in what a state has or a body does is not in it.
    {"The committee gave the prize to María Corina Machado, the leader of Venezuela's democratic opposition.",
     "María Corina Machado", P::kHoldsPosition, "Venezuela"},
    {"For three years Angolan President João Lourenço led the African Union's mediation between Congo and Rwanda.",
     "João Lourenço", P::kHoldsPosition, "African Union"},
    // Calling for an end to sanctions calls for none.
    {"Andrej Babiš has not called for an end to sanctions on Russia.", "Andrej Babiš", P::kSanctions, "Russia"},
    // A name after a preposition is no subject of a participle after
    // "while".
    {"Lee has promised a policy that keeps the alliance with the United States strong while repairing ties with "
     "Beijing.",
     "United States", P::kCooperatesWith, "China"},
    // No official takes a stance against the state they serve.
    {"Foreign Minister Bakhtiyor Saidov has protested against the detention of Uzbek citizens.", "Bakhtiyor Saidov",
     P::kOpposes, "Uzbekistan"},
    // A body the attackers are only linked to does not attack.
    {"Vučević resigned after a group of men linked to the ruling Serbian Progressive Party attacked students in Novi "
     "Sad.",
     "Serbian Progressive Party", P::kAttacks, "Novi Sad"},
    // "his foreign minister" opening a sentence is no person's possessive.
    {"Masoud Pezeshkian spoke at the UN. A day later his foreign minister met the foreign ministers of France and "
     "Germany.",
     "Masoud Pezeshkian", P::kMeets, "France"},
    // Support the sanctioner accuses someone of is not the sanctioner's.
    {"Washington sanctioned James Kabarebe in February, accusing him of directing support for the M23.",
     "United States", P::kSupports, "M23"},
    {"Elon Musk repeatedly attacked the Romanian authorities.", "Elon Musk", P::kAttacks, "Romania"},
    // The state in a person's apposition is no one spoken to.
    {"Marco Rubio had spoken to Shehbaz Sharif, the Pakistani prime minister, and to S. Jaishankar.", "Marco Rubio",
     P::kMeets, "Pakistan"},
    // The comma after a named guest ends the list where no name follows.
    {"In August an Israeli strike killed the Houthi prime minister, Ahmed al-Rahawi, and several of his ministers.",
     "Israel", P::kAttacks, "Houthis"},
    // A clause with a subject of its own after a verb of saying.
    {"Trump said the boat belonged to Tren de Aragua, a Venezuelan gang.", "Donald Trump", P::kMemberOf,
     "Tren de Aragua"},
    // A title "of" a place that runs on into a name is that name's.
    {"Among the candidates are Keiko Fujimori, the former mayor of Lima Rafael López Aliaga and the comedian Carlos "
     "Álvarez.",
     "Keiko Fujimori", P::kHoldsPosition, "Lima"},
    // Backing pressure on someone backs no one.
    {"María Corina Machado has welcomed the pressure on Nicolás Maduro.", "María Corina Machado", P::kSupports,
     "Nicolás Maduro"},
    // Police work is no armed attack.
    {"In late June, Russian police raided the homes of Azerbaijani families in Yekaterinburg.", "Russia",
     P::kAttacks, "Azerbaijan"},
    // The founders after "by" end before a relative clause.
    {"Kigali fights the FDLR, a militia founded by Hutu extremists who fled Rwanda after the genocide.", "Rwanda",
     P::kFounded, "Democratic Forces for the Liberation of Rwanda"},
    // A veto lifted lifts no sanctions.
    {"In July Robert Fico lifted his veto on the eighteenth package of sanctions.", "eighteenth package",
     P::kEnactedBy, "Robert Fico"},
    // Support sought from a body is no stance on it.
    {"Rodrigo Paz will seek support from the International Monetary Fund.", "Rodrigo Paz", P::kSupports,
     "International Monetary Fund"},
    // The member does what follows "to", not the body it belongs to.
    {"Hungary is the first member of the European Union to leave the International Criminal Court.",
     "European Union", P::kMemberOf, "International Criminal Court"},
    // The leader in the subject's description is no object pronoun's.
    {"Robert Fico visited Moscow. The opposition Progressive Slovakia, led by Michal Šimečka, accuses him of taking "
     "the country out of the West.",
     "Progressive Slovakia", P::kCriticizes, "Michal Šimečka"},
    // "a coalition to cut off revenue to X" is no coalition with X.
    {"The Trump administration could develop a multi-national coalition to cut off revenue to the North Korean "
     "government.",
     "United States", P::kCooperatesWith, "North Korea"},
    // The body a person in an "as did" is "of" describes him.
    {"Evelyn Matthei endorsed José Antonio Kast, as did Johannes Kaiser of the National Libertarian Party.",
     "National Libertarian Party", P::kSupports, "José Antonio Kast"},
    // A designation as a friend is no sanction.
    {"Washington designated Kenya a major non-NATO ally in 2024.", "United States", P::kSanctions, "Kenya"},
    // An example in a list, before no verb of its own, is no subject.
    {"Lukashenko has released some political prisoners, including the journalist Ihar Losik, after talks with "
     "American envoys.",
     "Ihar Losik", P::kMeets, "United States"},
    // The place of an event is not who acts.
    {"In November an Israeli strike in Beirut's southern suburbs killed Haytham Ali Tabatabai.", "Lebanon",
     P::kAttacks, "Haytham Ali Tabatabai"},
    // After a verb a name opens a list of objects, and "his" is that name's.
    {"Sara Duterte said she had asked someone to kill Ferdinand Marcos Jr., his wife and the House speaker.",
     "Ferdinand Marcos Jr.", P::kFamilyOf, "Sara Duterte"},
    // A demonym before the opposition names no stance on the state.
    {"President Emomali Rahmon supports Tajik opposition figures in Afghanistan.", "Emomali Rahmon", P::kSupports,
     "Tajikistan"},
    // A place a thing runs under is no stance's object.
    {"Russia and Iran have opposed any pipeline under the Caspian, citing environmental risks.", "Iran",
     P::kOpposes, "Caspian Sea"},
    {"Russia and China tried to delay the move. Iran's President Masoud Pezeshkian said the country would not leave "
     "the Nuclear Non-Proliferation Treaty.",
     "Russia", P::kMemberOf, "Treaty on the Non-Proliferation of Nuclear Weapons"},
    // A relative clause with a subject of its own carries no antecedent.
    {"Maria Zakharova said the law began Armenia's exit from the Eurasian Economic Union, which it cannot belong to "
     "and join the European Union at the same time.",
     "Eurasian Economic Union", P::kMemberOf, "European Union"},
    // "whose banks were sanctioned": the banks are the target, not the person.
    {"Sadyr Japarov of Kyrgyzstan, whose banks were sanctioned by the Treasury earlier in the year, kept a lower "
     "profile.",
     "U.S. Department of the Treasury", P::kSanctions, "Sadyr Japarov"},
    // Seeing another as a rival rather than a partner is no tie.
    {"India sees China as a rival rather than a partner.", "India", P::kCooperatesWith, "China"},
    // Where a pact was signed does not place the bloc it made.
    {"The three states formed the Alliance of Sahel States, a mutual defence pact signed in Bamako in 2023.",
     "Alliance of Sahel States", P::kLocatedIn, "Bamako"},
    // The possessor after "after" does not act in the next verb.
    {"Israeli forces seized the buffer zone after Assad's fall and have struck Syrian army depots hundreds of times.",
     "Bashar al-Assad", P::kAttacks, "Syria"},
    // A border named by two states is no joint line.
    {"The India-Pakistan border is closed.", "India", P::kCooperatesWith, "Pakistan"},
    // What a speaker said belonged to a body is the antecedent's, not the speaker's.
    {"Pakistani jets struck targets in Kabul that Islamabad said belonged to the Tehrik-i-Taliban Pakistan.",
     "Pakistan", P::kMemberOf, "Tehrik-i-Taliban Pakistan"},
    // A person with a verb after is the subject of a clause of its own.
    {"Sviatlana Tsikhanouskaya warned that Lukashenko arrests new prisoners as fast as he frees old ones.",
     "Alexander Lukashenko", P::kDetains, "Sviatlana Tsikhanouskaya"},
    // (Not the main clause's subject.)
    {"Rodrigo Paz restored relations with the United States, which Evo Morales broke off in 2008 when he expelled the "
     "American ambassador.",
     "Rodrigo Paz", P::kCriticizes, "United States"},
    {"Guyana has deepened defence cooperation with the United States, and Brazil moved troops to its border with "
     "Venezuela in 2023.",
     "Guyana", P::kBorders, "Venezuela"},
    // "artillery shells": a noun, no verb of attack.
    {"The new government is expected to end the Czech ammunition initiative, which under Petr Fiala bought about 1.5 "
     "million artillery shells on world markets for Ukraine.",
     "Petr Fiala", P::kAttacks, "Ukraine"},
    // The body whose summit it was is not placed where the summit was.
    {"Narendra Modi attended the summit of the Shanghai Cooperation Organisation in Tianjin.",
     "Shanghai Cooperation Organization", P::kLocatedIn, "Tianjin"},
    // A stance on what was done to a person is none on the person.
    {"Mexico, whose president Claudia Sheinbaum had criticised Pedro Castillo's removal, granted asylum to his prime "
     "minister.",
     "Claudia Sheinbaum", P::kCriticizes, "Pedro Castillo"},
    // Aid ended is no aid given, however announced.
    {"Trump announced that the United States would end all aid to Colombia.", "Donald Trump", P::kAids, "Colombia"},
    // A conflict is no meeting.
    {"Asim Munir was promoted to field marshal in May after the four-day conflict with India.", "Asim Munir",
     P::kMeets, "India"},
    // "two attacks near": a noun, no verb.
    {"At least five Chinese workers were killed in two attacks near Tajikistan's border with Afghanistan.", "China",
     P::kAttacks, "Tajikistan"},
    // A group of a possessor does not make the possessor act.
    {"Turkmenistan has been among the most pragmatic of the Taliban's neighbours, keeping its embassy in Kabul open.",
     "Taliban", P::kCooperatesWith, "Afghanistan"},
    // Leaving a body short of something is no leaving it.
    {"The review asked whether selling submarines to Australia would leave the US Navy short of boats.", "Australia",
     P::kMemberOf, "US Navy"},
    // The victim of a killing takes no part in it.
    {"Trudeau linked Indian agents to the killing of Hardeep Singh Nijjar in British Columbia in 2023.",
     "Hardeep Singh Nijjar", P::kParticipatesIn, "killing of Hardeep Singh Nijjar"},
    // The place of a group outside the state does not act.
    {"Sikh groups in Canada accused Mark Carney of putting trade ahead of justice.", "Canada", P::kCriticizes,
     "Mark Carney"},
    // The place a deal's reactors are to be built is not the deal's.
    {"Rosatom signed an agreement in September to build four more reactors in Iran worth $25 billion.",
     "agreement in September", P::kLocatedIn, "Iran"},
    // A stance on what is said of a state is none on the state.
    {"Cambodia and Laos, which depend heavily on Chinese investment, resist any statement critical of Beijing.",
     "Laos", P::kOpposes, "China"},
    // The seller of arms bought for another aids no buyer.
    {"The Netherlands, Sweden and Denmark bought American weapons for Ukraine through NATO's list.", "United States",
     P::kAids, "Sweden"},
    // A clause after "after" with a subject of its own is none of the subject's doing.
    {"Greece protested in 2025 after the eastern authorities signed a maritime agreement with Turkey.", "Greece",
     P::kCooperatesWith, "Turkey"},
    // "support" after a verb that takes it as its object is a noun, no stance.
    {"A Simion presidency could have weakened support for Moldova's accession to the European Union.",
     "George Simion", P::kSupports, "Moldova"},
    {"Orbán has undermined support for Ukraine within the bloc.", "Viktor Orbán", P::kSupports, "Ukraine"},
    // "a X presidency" is one that may come, no office held.
    {"A Simion presidency could have slowed both projects.", "George Simion", P::kHoldsPosition,
     "Alliance for the Union of Romanians"},
    // Aid barred is no aid given.
    {"Washington waived Section 907 of the Freedom Support Act, which had barred most American aid to Azerbaijan "
     "since 1992.",
     "United States", P::kAids, "Azerbaijan"},
    // A host is none of the two sides that sign.
    {"Qatar brought Congolese officials and the Congo River Alliance, to which the M23 belongs, to the table, and "
     "the two sides signed a declaration of principles in July.",
     "Qatar", P::kParticipatesIn, "declaration"},
    // The trip in a gerund is the sentence subject's, not the last person's.
    {"Lee met Japanese Prime Minister Shigeru Ishiba in Tokyo in August before flying to Washington to see Donald "
     "Trump.",
     "Shigeru Ishiba", P::kMeets, "Donald Trump"},
    // "the Russian company" is a company told of before, not the state.
    {"Reliance cut its purchases from Rosneft after the United States sanctioned the Russian company in October.",
     "United States", P::kSanctions, "Russia"},
    // A party of another state than the person's offices is a misread name.
    {"The Democrats, a centre-right party led by Jens-Frederik Nielsen, won that election in Greenland, and "
     "Washington noticed. The United States and America's allies watched.",
     "Jens-Frederik Nielsen", P::kHoldsPosition, "Democratic Party"},
    // A person attacked for something is attacked in words.
    {"Moon Jae-in had long attacked Yoon Suk Yeol for being too soft on Japan.", "Moon Jae-in", P::kAttacks,
     "Yoon Suk Yeol"},
    // A demonym before its airspace names a place, no attacker.
    {"Around twenty Russian drones crossed into Polish airspace during a large attack on western Ukraine.", "Poland",
     P::kAttacks, "Ukraine"},
    // The agent after "supported by" is no object of a stance.
    {"Polish and Dutch F-35 jets, supported by an Italian surveillance aircraft, shot down several drones.", "Poland",
     P::kSupports, "Italy"},
    // A body whose name modifies a mission is not aided.
    {"Egypt signed a defence pact with Somalia and sent troops to the African Union mission there.", "Egypt",
     P::kAids, "African Union"},
    // The state of an office held "as" does not act.
    {"Paetongtarn Shinawatra was suspended as Thai prime minister after a leaked phone call with Hun Sen.",
     "Thailand", P::kMeets, "Hun Sen"},
    // The state named by its demonym in "the Armenian nation" is no anaphor for another.
    {"Russian state television has portrayed Nikol Pashinyan as an enemy of the Armenian nation.", "Nikol Pashinyan",
     P::kOpposes, "Russia"},
    // A deal with a state is what protests are against, not the state.
    {"Archbishop Bagrat Galstanyan had led street protests against the border deal with Azerbaijan in 2024.",
     "Bagrat Galstanyan", P::kOpposes, "Azerbaijan"},
    {"Archbishop Bagrat Galstanyan had led street protests against the border deal with Azerbaijan in 2024.",
     "Bagrat Galstanyan", P::kCooperatesWith, "Azerbaijan"},
    // A body whose name modifies an event is not met; a pair after "to both" does not act.
    {"Erdoğan has kept channels open to both Moscow and Kyiv throughout the war, hosted the grain deal talks in "
     "2022 and brokered prisoner exchanges.",
     "Recep Tayyip Erdoğan", P::kMeets, "Black Sea Grain Initiative"},
    {"Erdoğan has kept channels open to both Moscow and Kyiv throughout the war, hosted the grain deal talks in "
     "2022 and brokered prisoner exchanges.",
     "Russia", P::kParticipatesIn, "grain deal talks in 2022"},
    // A "which" after a clause that a relative "that" opened sums up the clause.
    {"Serbia has quietly sold ammunition that reached Ukraine, which Moscow has criticised.", "Russia",
     P::kCriticizes, "Ukraine"},
    // A region's demonym before a title names no state of the office.
    {"The European Commissioner for Enlargement, Marta Kos, has urged Belgrade to respect the right to protest.",
     "Marta Kos", P::kHoldsPosition, "Europe"},
    // A confidence vote is no election.
    {"Sébastien Lecornu took over a day after François Bayrou lost a confidence vote in the National Assembly. The "
     "snap election of 2024 left no majority.",
     "François Bayrou", P::kParticipatesIn, "snap election of 2024"},
    // A body after an office's "of" names the office; its holder acts.
    {"The former governor of the Bank of Canada and the Bank of England told voters that the old relationship with "
     "the United States was over.",
     "Bank of Canada", P::kCooperatesWith, "United States"},
    // A place after "of" in a list is where an item is from, no item.
    {"The United States sanctioned Tren de Aragua of Venezuela and MS-13 of El Salvador.", "United States",
     P::kSanctions, "Venezuela"},
    // Measures against a state's espionage sanction no one.
    {"Lai Ching-te has introduced measures against Chinese espionage.", "Lai Ching-te", P::kSanctions, "China"},
    // A company's post held by someone of a nationality is no state office.
    {"A Dutch court suspended Nexperia's Chinese chief executive, Zhang Xuezheng, days later.", "Zhang Xuezheng",
     P::kHoldsPosition, "China"},
    // The place after an event is where it was, not the state that held it.
    {"China, which held its second summit with the Central Asian states in Astana in June 2025, is the largest "
     "partner.",
     "second summit with the Central Asian", P::kLocatedIn, "China"},
    // Hit by tariffs is no attack.
    {"Japan was hit by American tariffs.", "United States", P::kAttacks, "Japan"},
    // The object of a verb does not do the next verb of its series.
    {"Indonesia joined BRICS as a full member in January 2025, bought Rafale fighters from France and J-10 jets "
     "from China.",
     "France", P::kAids, "BRICS"},
    // Standing with someone at a place is company.
    {"Prabowo did eventually travel to Beijing for the parade in September, where he stood with Xi Jinping.",
     "Prabowo Subianto", P::kSupports, "Xi Jinping"},
    // A raid by a state's own body is law enforcement.
    {"The day before, the Security Service of Ukraine had raided the homes of NABU detectives.", "SBU", P::kAttacks,
     "National Anti-Corruption Bureau of Ukraine"},
    // After "any armed" or "further", "attack" is a noun whose author is unnamed.
    {"Trump signed an order promising that the United States would treat any armed attack on Qatar as a threat.",
     "United States", P::kAttacks, "Qatar"},
    {"The UAE warned that further attacks would threaten the Abraham Accords.", "United Arab Emirates", P::kAttacks,
     "Abraham Accords"},
    // Ties after "accusing ... of" are the accused's.
    {"Pakistan has also expelled hundreds of thousands of Afghans since 2023, accusing some of links to the "
     "Pakistani Taliban.",
     "Pakistan", P::kCooperatesWith, "Tehrik-i-Taliban Pakistan"},
    // A reward for someone's capture is no aid to him.
    {"The United States has offered a reward of fifty million dollars for Nicolás Maduro's capture.",
     "United States", P::kAids, "Nicolás Maduro"},
    // "the rebels he led": the person opens a contact clause about the rebels.
    {"Less than a year earlier, Russian aircraft had bombed the same rebels Ahmed al-Sharaa led.", "Russia",
     P::kAttacks, "Ahmed al-Sharaa"},
    // "a Russian veto at": a demonym after "a" takes no stance.
    {"Ahmed al-Sharaa needs Russian wheat and, above all, a Russian veto at the UN Security Council.", "Russia",
     P::kOpposes, "UN Security Council"},
    // A state's opposition is not the state.
    {"Armenia's opposition accuses Nikol Pashinyan of abandoning the cause.", "Armenia", P::kCriticizes,
     "Nikol Pashinyan"},
    // The names after "as did" end at the first other word.
    {"France, the former colonial power, congratulated Paul Biya, as did China, which has financed roads, ports and "
     "dams in Cameroon.",
     "Cameroon", P::kPraises, "Paul Biya"},
    // A single office's holder still stands for no state that meets.
    {"The president of Kyrgyzstan and Tajikistan's envoy met in Khujand.", "Kyrgyzstan", P::kMeets, "Tajikistan"},
    // Farmers named by a demonym are not their state.
    {"French farmers have protested against imports of Brazilian beef and poultry.", "France", P::kOpposes,
     "Brazil"},
    {"The Alliance Fleuve Congo, the political coalition that includes the M23, is led by Corneille Nangaa.",
     "Corneille Nangaa", P::kHoldsPosition, "M23"},
    // A parliament that elects the head of state elects no officer of its own.
    {"Lebanon's parliament elected Joseph Aoun, the commander of the army, as president on January 9, 2025.",
     "Joseph Aoun", P::kHoldsPosition, "Parliament of Lebanon"},
    {"Washington backed the plan. Saudi Arabia, which had cut its support for Lebanon, has promised to help rebuild "
     "the country.", "Saudi Arabia", P::kAids, "United States"},
    // The one who replaces someone "with" another takes no office himself.
    {"A faction forced out Getachew Reda, the head of the Tigray Interim Regional Administration. Prime Minister "
     "Abiy Ahmed replaced him with General Tadesse Werede.", "Abiy Ahmed", P::kHoldsPosition,
     "Tigray Interim Regional Administration"},
    {"Khalifa Haftar rules the east. Haftar's son Saddam has taken on a growing role and visited Washington.",
     "Khalifa Haftar", P::kMeets, "United States"},
    // A place a route comes from is not attacked.
    {"JNIM, al-Qaeda's affiliate in the Sahel, has imposed a blockade on fuel deliveries to Bamako since September, "
     "attacking tanker convoys on the roads from Senegal and Côte d'Ivoire.",
     "Jama'at Nusrat al-Islam wal-Muslimin", P::kAttacks, "Senegal"},
    // A person named by a demonym and "national" is not the state.
    {"In August Mali arrested two generals and a French national, accusing them of plotting to destabilise the "
     "government.", "Mali", P::kCriticizes, "France"},
    // A relative clause on "countries" has them for its subject.
    {"The United States has threatened countries that deepen ties with Russia with secondary sanctions.",
     "United States", P::kCooperatesWith, "Russia"},
    // A date after "on" is no sanction's target.
    {"Donald Trump waived Section 907 of the Freedom Support Act on August 8, 2025, the day Ilham Aliyev and Nikol "
     "Pashinyan initialled a peace agreement.", "Freedom Support Act", P::kTargets, "Ilham Aliyev"},
    // A membership named as a noun and then not mentioned is not held.
    {"Zelensky met Trump on the sidelines, but Ukraine's membership of NATO was not mentioned.", "Ukraine",
     P::kMemberOf, "NATO"},
    // A body's predecessor is another body.
    {"Selahattin Demirtaş, the former co-chair of the DEM Party's predecessor, remains in prison.",
     "Selahattin Demirtaş", P::kWorksFor, "Peoples' Equality and Democracy Party"},
    // ... nor for the man named before.
    {"María Corina Machado spoke with Donald Trump by telephone, and Secretary of State Marco Rubio, who had "
     "nominated her when he was a senator, congratulated her.", "Marco Rubio", P::kPraises, "Donald Trump"},
    // ... and no office in the party, when he held the state's.
    {"Honduras voted, and Hondurans in Tegucigalpa waited. He would pardon Juan Orlando Hernández, the former "
     "National Party president who is serving a sentence.",
     "Juan Orlando Hernández", P::kHoldsPosition, "National Party of Honduras"},
    // A seat of government one leaves is no body one belonged to.
    {"Volodymyr Zelensky left the White House early.", "Volodymyr Zelensky", P::kMemberOf, "White House"},
    // What a ban listed is not listed by the court that suspended the ban.
    {"In April the Supreme Court of Russia had suspended the ban that listed the Taliban as a terrorist "
     "organisation since 2003.", "Supreme Court of Russia", P::kSanctions, "Taliban"},
    // A head of government "from" a body holds no post in it.
    {"Slovakia's Robert Fico was the only head of government from the European Union present.", "Robert Fico",
     P::kWorksFor, "European Union"},
    // ... is no actor of the accusation.
    {"On October 24 the Treasury Department placed Colombian President Gustavo Petro on its list of Specially "
     "Designated Nationals, accusing him of allowing drug cartels to flourish.", "Colombia", P::kCriticizes,
     "Gustavo Petro"},
    // A body's name before a unit's noun: the unit was founded.
    {"The Security Council created a United Nations support office to provide logistics.", "UN Security Council",
     P::kFounded, "United Nations"},
    // What a body includes "in" something is no member of it.
    {"The European Union included A7A5 in its nineteenth sanctions package.", "A7A5", P::kMemberOf,
     "European Union"},
    // A review of an event or a body launched is no part in the event,
    // nor the body's founding.
    {"Trump said that the AUKUS submarine agreement was going ahead, ending months of uncertainty after the "
     "Pentagon launched a review of the pact in June.", "Pentagon", P::kParticipatesIn, "pact in June"},
    {"Months of uncertainty followed after the Pentagon launched a review of the AUKUS pact in June.", "Pentagon",
     P::kFounded, "AUKUS"},
    // ... not the state before it.
    {"On October 24 an Ankara court threw out a case that sought to annul the 2023 congress of the Republican "
     "People's Party (CHP) and remove its leader, Özgür Özel.", "Özgür Özel", P::kHoldsPosition, "Turkey"},
    {"Foreign Minister Abbas Araghchi flew to Moscow after the American bombing of Fordow and met Vladimir Putin.",
     "United States", P::kMeets, "Vladimir Putin"},
    // The body whose experts say so is only the source.
    {"The United Arab Emirates, which United Nations experts say has supplied the Rapid Support Forces with weapons, "
     "has not commented.", "United Nations", P::kAids, "Rapid Support Forces"},
    // A stance on what is done to those named after "of".
    {"Egypt has refused to accept a mass transfer of Palestinians into Sinai.", "Egypt", P::kOpposes, "Palestine"},
    {"In 2025 Raila Odinga signed a cooperation agreement with William Ruto that brought members of his Orange "
     "Democratic Movement into the cabinet.", "William Ruto", P::kMemberOf, "Orange Democratic Movement"},
    // A list with commas after a verb is all that verb's object.
    {"Prabowo Subianto visited Beijing, Washington and Moscow in his first year, signed a defence agreement with "
     "Turkey for fighter jets, and Indonesia joined BRICS.", "United States", P::kCooperatesWith, "Russia"},
    // A deal the subject speaks of is not the speaker's.
    {"His foreign minister, Sugiono, said the treaty with Australia did not make Indonesia part of any alliance.",
     "Sugiono", P::kCooperatesWith, "Australia"},
    // "him" after a series stands for the verb's object named first, not
    // for one named after "by".
    {"A panel of Brazil's Supreme Federal Court convicted former president Jair Bolsonaro on September 11 of "
     "plotting a coup after his defeat by Luiz Inácio Lula da Silva in 2022, and sentenced him to 27 years.",
     "Supreme Federal Court", P::kDetains, "Luiz Inácio Lula da Silva"},
    {"A panel of Brazil's Supreme Federal Court convicted former president Jair Bolsonaro on September 11 of "
     "plotting a coup after his defeat by Luiz Inácio Lula da Silva in 2022, and sentenced him to 27 years.",
     "Brazil", P::kDetains, "Luiz Inácio Lula da Silva"},
    // What is said after an apposition is about someone else.
    {"Sergei Lavrov, the Russian foreign minister, said that Armenia could not be a member of the Eurasian Economic "
     "Union and the European Union at the same time.", "Sergei Lavrov", P::kWorksFor, "Eurasian Economic Union"},
    // A place after a route's "to" is not what was struck.
    {"On December 25 an Azerbaijan Airlines passenger jet flying from Baku to Grozny was hit by Russian air defences.",
     "Russia", P::kAttacks, "Grozny"},
    // A pronoun before the one name may be the other of "the two leaders".
    {"Tokayev has tried to balance. In November he signed a partnership with France during Emmanuel Macron's visit "
     "to Astana. He also hosted Vladimir Putin on a state visit, when the two leaders agreed to expand cooperation.",
     "Emmanuel Macron", P::kCooperatesWith, "Vladimir Putin"},
    // Striking a deal is no strike.
    {"Indonesia struck a tariff deal with Washington in July that cut the American levy on its exports.", "Indonesia",
     P::kSanctions, "United States"},
    // The party before a governor's title is not what he governs.
    {"The Peronist coalition had won in September. Axel Kicillof, the Peronist governor of Buenos Aires province, "
     "said that Argentines had voted with a gun to their heads.",
     "Axel Kicillof", P::kHoldsPosition, "Peronist"},
    // One listed with the clause's subject is not the one it congratulates.
    {"Kast has praised Javier Milei of Argentina and Nayib Bukele of El Salvador, and Milei travelled to Santiago to "
     "congratulate him.",
     "Javier Milei", P::kMeets, "Nayib Bukele"},
    // Standing with someone at an event is being there.
    {"In September Kim Jong Un stood with Xi Jinping and Vladimir Putin at the military parade in Beijing.",
     "Kim Jong Un", P::kSupports, "Xi Jinping"},
    {"Von der Leyen criticised China's export controls on rare earths.", "China's export controls", P::kTargets,
     "China"},
    // Not a member: a partner, or a "non-NATO" ally.
    {"Ukraine is a NATO partner.", "Ukraine", P::kMemberOf, "NATO"},
    {"Qatar is a major non-NATO ally of the United States.", "Qatar", P::kMemberOf, "NATO"},
    // After a relative clause, ", and" and a name with a singular verb open a new clause.
    {"Brussels maintains sanctions on Belarus for its role in Russia's invasion of Ukraine, which was launched partly "
     "from Belarusian territory, and Lithuania closed its border with Belarus in October.",
     "Russia", P::kAttacks, "Lithuania"},
    {"Alexei Navalny, whom Putin had hoped to trade, died in an Arctic penal colony in February 2024. His widow, "
     "Yulia Navalnaya, has accused Putin of murdering him.",
     "Yulia Navalnaya", P::kFamilyOf, "Vladimir Putin"},
    // Armed men named by a people's demonym are not its state.
    {"Two years ago Serb gunmen attacked Kosovo police in the village of Banjska, killing an officer.", "Serbia",
     P::kAttacks, "Kosovo"},
    // The verb of an "after" clause has its own subject.
    {"Sudan broke off diplomatic relations with the UAE in May after drones struck Port Sudan.",
     "United Arab Emirates", P::kAttacks, "Port Sudan"},
    {"The Taiwan Relations Act does not oblige the United States to defend the island.", "Relations Act",
     P::kTargets, "Taiwan"},
    {"Ali Larijani visited Beirut in August to show support for Hezbollah.", "Lebanon", P::kSupports, "Hezbollah"},
    {"Abroad, Pedro Sánchez has been one of Europe's most outspoken critics of Israel.", "Pedro Sánchez",
     P::kCriticizes, "Europe"},
    {"Pedro Sánchez's wife, Begoña Gómez, and his brother, David Sánchez, are also under investigation.",
     "David Sánchez", P::kFamilyOf, "Begoña Gómez"},
    // "the coalition" a party left is no bloc named before.
    {"Jens Stoltenberg, the former NATO secretary-general, returned to Oslo in February after the Centre Party left "
     "the coalition.",
     "Centre Party of Norway", P::kMemberOf, "NATO"},
    // A name joined to the subject by "and" is no object of its stance.
    {"In October the United States and the United Kingdom imposed sanctions on the Prince Group, a Cambodian "
     "conglomerate, and its chairman, Chen Zhi, accusing them of running forced-labour compounds.",
     "United States", P::kCriticizes, "United Kingdom"},
    {"In October the United States and the United Kingdom imposed sanctions on the Prince Group, a Cambodian "
     "conglomerate, and its chairman, Chen Zhi, accusing them of running forced-labour compounds.",
     "Chen Zhi", P::kHoldsPosition, "United States"},
    // "and its" after a body that only its object phrase names is the subject's.
    {"Turkey backed the Syrian National Army through years of war, and its intelligence chief, Ibrahim Kalin, visited "
     "Damascus.",
     "Ibrahim Kalin", P::kHoldsPosition, "Syrian National Army"},
    // A backer named in a compound is not who attacks.
    {"Drone attacks by Iran-backed militias hit several oil fields in the Kurdistan Region in July.", "Iran",
     P::kAttacks, "Kurdistan"},
    // A proposal is no ceasefire.
    {"Senior Hamas officials had gathered to discuss an American ceasefire proposal.", "United States",
     P::kParticipatesIn, "American ceasefire"},
    // Asking a court to outlaw a party is no ban.
    {"Some lawmakers want the Bundestag to ask the Federal Constitutional Court to outlaw the AfD.",
     "Federal Constitutional Court", P::kSanctions, "Alternative for Germany"},
    // A company that sells arms is no state's aid.
    {"Athens is also buying F-35 jets from Lockheed Martin.", "Lockheed Martin", P::kAids, "Greece"},
    // A gas swap is no credit line.
    {"In 2025 Turkmenistan signed a swap agreement with Iran and Azerbaijan to deliver gas to Turkey.",
     "Turkmenistan", P::kAids, "Iran"},
    {"Chinese-made J-10 fighters and missiles were used by Pakistan against India in May.", "Pakistan",
     P::kOpposes, "India"},
    // A volatile relationship is no cooperation.
    {"Sheinbaum has had to manage a volatile relationship with Donald Trump.", "Claudia Sheinbaum",
     P::kCooperatesWith, "Donald Trump"},
    // Troops hosted are not met.
    {"Lithuania is hosting a German armoured brigade, the first permanent deployment of German troops abroad.",
     "Lithuania", P::kMeets, "Germany"},
    // A question asked in two cities is no body's apposition.
    {"When Trump announced that Kazakhstan would join the Abraham Accords, the question in Almaty and Washington "
     "alike was what had changed.",
     "Abraham Accords", P::kLocatedIn, "Almaty"},
    // "She" is no one whose given name is a man's.
    {"President Xiomara Castro has moved Honduras to the left. In 2023 her government broke relations with Taiwan, a "
     "decision Nasry Asfura has promised to review. She threatened in 2024 to end the extradition treaty with the "
     "United States.",
     "United States", P::kCooperatesWith, "Nasry Asfura"},
    {"Andrej Babiš formed a coalition with the Freedom and Direct Democracy party of Tomio Okamura, and President "
     "Petr Pavel appointed him prime minister.",
     "Tomio Okamura", P::kHoldsPosition, "Czech Republic"},
    // A body that names the sanctions after it is not what is blocked.
    {"Robert Fico has blocked EU sanctions packages until he obtained concessions.", "Robert Fico", P::kOpposes,
     "European Union"},
    // A participle right after another name is that name's.
    {"Maria Zakharova accused Sandu of rigging the election by limiting polling stations for Moldovans living in "
     "Russia.",
     "Maia Sandu", P::kLocatedIn, "Russia"},
    // Demonyms that modify firms are no party to the firms' deal.
    {"The government will review lithium contracts signed by Arce with Chinese and Russian firms, including a deal "
     "with Uranium One, a subsidiary of Rosatom.",
     "China", P::kCooperatesWith, "Uranium One"},
    // The place a strike hit is no subject of its verb.
    {"An Israeli air strike on the southern suburbs of Beirut on 23 November killed Haytham Ali Tabatabai.", "Lebanon",
     P::kAttacks, "Haytham Ali Tabatabai"},
    // Deals in the plural with no determiner are not the treaty before.
    {"Sadyr Japarov and Emomali Rahmon signed a border treaty in March. Vladimir Putin visited Bishkek in November for "
     "a CSTO summit and signed agreements on energy and education with Japarov.",
     "Vladimir Putin", P::kParticipatesIn, "border treaty in March"},
    // A licence granted to another to negotiate is not the grantor's talk.
    {"Washington granted Trinidad a licence in 2023 to negotiate with Venezuela.", "United States", P::kMeets,
     "Venezuela"},
    // After an object pronoun, a place behind a preposition is where it
    // happened.
    {"Chinese coast guard vessels fired water cannon at a Philippine fisheries ship and later rammed it near Thitu "
     "Island.",
     "China", P::kAttacks, "Thitu Island"},
    // After a speech verb and "that", "the" opens a clause with its own subject.
    {"Lithuania has argued that the cigarette smuggling funds the Belarusian state.", "Lithuania", P::kAids,
     "Belarus"},
    // An adverb between the speech verb and "that": the clause has its own
    // subject, and the passive's agent did nothing to the speaker.
    {"Ilham Aliyev said publicly that the aircraft had been shot down by Russia.", "Russia", P::kAttacks,
     "Ilham Aliyev"},
    // Objecting to someone else's plan is not making it.
    {"Robert Fico blocked the package because he objected to a Commission plan to phase out imports of Russian gas.",
     "Robert Fico", P::kSanctions, "Russia"},
    // Vetoing the listing of a state's officials is no stance on the state.
    {"Brussels could not act, because Hungary and Slovakia vetoed any listing of Georgian officials.", "Hungary",
     P::kOpposes, "Georgia"},
    // A relative clause on a noun after "with" is that noun's: the forces
    // bombed, not the subject.
    {"Syria joined the coalition, a step that aligns Damascus with the forces that once bombed HTS positions.",
     "Syria", P::kAttacks, "Hayat Tahrir al-Sham"},
    // "It" after a sentence about a thing with no name is that thing.
    {"Slovakia and Belgium voiced doubts. The summit's final declaration was five paragraphs long. It described "
     "Russia as a long-term threat.",
     "Slovakia", P::kCriticizes, "Russia"},
    // A place after "across" is no subject of the participle after the comma.
    {"Israeli forces strike targets across Lebanon almost daily, killing Hezbollah commanders.", "Lebanon",
     P::kAttacks, "Hezbollah"},
    // What is welcomed stands before "as a sign of"; the name after it is no
    // object of the stance.
    {"Kazakhstan said it would join the Abraham Accords, a step Washington welcomed as a sign of Central Asia's "
     "growing openness.",
     "United States", P::kSupports, "Central Asia"},
    // The body a member belongs to, in the subject's apposition, does not act.
    {"NATO met in June. Denmark, one of the most loyal members of the alliance, has sent troops to Afghanistan.",
     "NATO", P::kAids, "Afghanistan"},
    // A plain verb after "and" goes on an infinitive that has its own subject.
    {"The European Commission, which wants Serbia to align its foreign policy with the EU and impose sanctions on "
     "Russia, has criticised the violence.",
     "European Commission", P::kSanctions, "Russia"},
    // An object pronoun that syntax, not sex, kept from the sentence's man
    // is no man of an earlier sentence.
    {"Donald Trump called Gustavo Petro an illegal drug leader. Rosa Villavicencio said the government would "
     "defend its sovereignty. Petro cannot run in May, and the candidates of the right have attacked him for "
     "damaging relations with Washington.",
     "United States", P::kCooperatesWith, "Donald Trump"},
    // A name right before "rather than" is the object of what came before.
    {"Manila argued that it was fulfilling obligations to Interpol rather than rejoining the International Criminal "
     "Court.",
     "Interpol", P::kMemberOf, "International Criminal Court"},
    // The place visited is no subject of the purpose after it.
    {"Tokayev visited Moscow only weeks earlier to sign a declaration on strategic partnership with Vladimir Putin.",
     "Russia", P::kCooperatesWith, "Vladimir Putin"},
    // A name right before ", only to be" ends its clause.
    {"Gustavo Petro suspended intelligence sharing with the United States, only to be placed under sanctions "
     "himself by the Treasury Department.",
     "U.S. Department of the Treasury", P::kSanctions, "United States"},
    // A state's property seized: no attack on the state.
    {"The EU seized Russia's assets.", "European Union", P::kAttacks, "Russia"},
    {"Maduro has accused Washington of fabricating a war to seize Venezuela's oil.", "United States", P::kAttacks,
     "Venezuela"},
    // What is formed "with" a body is not that body.
    {"The SPD formed a coalition with the CDU.", "Social Democratic Party of Germany", P::kFounded,
     "Christian Democratic Union"},
    // "the Pretoria deal" is no deal signed in Asmara.
    {"Three years after the Pretoria agreement ended the war in Tigray, the region is sliding toward conflict. "
     "Egypt, Eritrea and Somalia signed a tripartite security pact in Asmara in October 2024. The African Union, "
     "which brokered the Pretoria deal, has convened consultations.",
     "tripartite security pact in Asmara", P::kLocatedIn, "South Africa"},
    // Holding a party together until an election holds no election.
    {"Gombojav Zandanshatar is seen as a steady hand. Whether he can hold a fractious party together until the next "
     "election in 2028 is another matter.",
     "Gombojav Zandanshatar", P::kParticipatesIn, "next election in 2028"},
    // A stance on what lies in a place is none on the place.
    {"Washington backed the reconstruction projects in Damascus.", "United States", P::kSupports, "Syria"},
    // ... nor are they the strikes.
    {kSweidaKillings, "European Union", P::kCriticizes, "strikes"},
    // A stance on a side's changes to a text is none on the side.
    {"The Kremlin welcomed the American draft but rejected the European changes.", "Russia", P::kOpposes, "Europe"},
    // The possessor before a name set off is not who acts (in a "where"
    // clause too), and "the Afghan Taliban" are not Afghanistan.
    {"It ended with a ceasefire agreed in Putrajaya, where Malaysia's prime minister, Anwar Ibrahim, hosted Hun "
     "Manet.",
     "Malaysia", P::kMeets, "Hun Manet"},
    {"Amir Khan Muttaqi, the Taliban's foreign minister, visited New Delhi.", "Taliban", P::kMeets, "India"},
    {"Pakistan's army sheltered the Afghan Taliban for two decades.", "Pakistan", P::kAids, "Afghanistan"},
    {"India is not about to switch sides. It still buys most of its weapons from Russia but has signed defence "
     "deals with France, and it remains a member of the Quad.",
     "Russia", P::kMemberOf, "Quad"},
    // A war of trade or money is no armed attack.
    {"In a speech in July, Díaz-Canel accused the United States of waging economic war on the Cuban people.",
     "United States", P::kAttacks, "Cuba"},
    {"Armenia cannot cut its ties with Russia quickly. Russian border guards still patrol parts of its frontier "
     "with Turkey and Iran.",
     "Russia", P::kBorders, "Turkey"},
    {"Sanae Takaichi became prime minister in October. She hosted Donald Trump in Tokyo. She met Xi Jinping at the "
     "APEC summit in Gyeongju, and Lee Jae-myung welcomed her to the meeting.",
     "Xi Jinping", P::kMeets, "Lee Jae-myung"},
    // No one cooperates with the state they serve.
    {"Sanae Takaichi became Japan's prime minister in October. She met Xi Jinping at the APEC summit, and Lee "
     "Jae-myung welcomed her with a promise to keep relations with Tokyo on track.",
     "Sanae Takaichi", P::kCooperatesWith, "Japan"},
    // "his country" after a leader is the state he governs, not a capital named on the way.
    {"Kazakhstan already has relations with Israel. So when Kassym-Jomart Tokayev announced in Washington that his "
     "country would join the Abraham Accords, the gesture was symbolic.",
     "United States", P::kMemberOf, "Abraham Accords"},
    // An ending of a treaty only threatened says nothing of the ties.
    {"Honduras had threatened last year to end the extradition treaty with the United States, then reversed itself.",
     "Honduras", P::kCooperatesWith, "United States"},
    // A state's property after its demonym is no stance on the state.
    {"Jetten has said the Netherlands should not block the use of frozen Russian assets to finance a loan to Kyiv.",
     "Netherlands", P::kOpposes, "Russia"},
    // "shells" after a verb of buying is a noun, no attack.
    {"Prague bought shells abroad for Ukraine.", "Czech Republic", P::kAttacks, "Ukraine"},
    // "began as a protest" says what a party grew from; it launched nothing.
    {"The new coalition joins ANO with two smaller parties: Freedom and Direct Democracy, led by Tomio Okamura, and "
     "the Motorists for Themselves, a party that began as a protest against the European Union's ban on new petrol "
     "cars.",
     "Freedom and Direct Democracy", P::kParticipatesIn, "protest against the European Union"},
    {"The new coalition joins ANO with two smaller parties: Freedom and Direct Democracy, led by Tomio Okamura, and "
     "the Motorists for Themselves, a party that began as a protest against the European Union's ban on new petrol "
     "cars.",
     "Motorists for Themselves", P::kParticipatesIn, "protest against the European Union"},
    // A state's police firing in its own capital strike no city; the city is where.
    {"Nepal After the Gen Z Uprising\n\nIn two days in September, a protest movement organised on Discord brought "
     "down Nepal's government. Police fired on the crowds in Kathmandu, killing nineteen people on the first day.",
     "Nepal", P::kAttacks, "Kathmandu"},
    // An envoy to a body named after a state's possessive is the state's, not the body's.
    {"Russia's UN ambassador Vassily Nebenzia said the council had given Washington a blank cheque.",
     "Vasily Nebenzia", P::kHoldsPosition, "United Nations"},
    // A state whose history measures an event is no place it is in.
    {"Moldovan police described it as the largest vote-buying operation in Russia's history.",
     "largest vote-buying operation in Russia", P::kLocatedIn, "Russia"},
    // "blocking sanctions" are a kind of sanction, no one's stance.
    {"On 22 October 2025 the US Treasury imposed blocking sanctions on Rosneft and Lukoil.",
     "U.S. Department of the Treasury", P::kOpposes, "sanctions on Rosneft"},
    // The accuser after "accused by" does not do what it accuses another of.
    {"The United Arab Emirates has been accused by UN experts of supplying the Rapid Support Forces with weapons "
     "through Chad.",
     "United Nations", P::kAids, "Rapid Support Forces"},
    // A state strikes no city of its own, however the city is filed.
    {"Two processes are trying to end the war in the Congo. In Doha, Qatar has mediated between Kinshasa and the M23 "
     "rebels, who seized Goma in January and Bukavu in February.",
     "Democratic Republic of the Congo", P::kAttacks, "Goma"},
    // A role after "whose" is someone else's.
    {"Emmanuel Macron has been careful with Biya, whose government is a partner of the African Union against Boko "
     "Haram.",
     "Emmanuel Macron", P::kWorksFor, "African Union"},
    // After "have both endorsed", "him" is none of the names before it.
    {"José Antonio Kast has campaigned on crime. Johannes Kaiser of the National Libertarian Party, who finished "
     "fourth, and Evelyn Matthei of the traditional right have both endorsed him.",
     "Evelyn Matthei", P::kSupports, "Johannes Kaiser"},
    // People of a state after a quantity travel for themselves.
    {"Thousands of Ukrainians visited Poland last summer.", "Ukraine", P::kMeets, "Poland"},
    {"Mali, Burkina Faso and Niger left ECOWAS in January. Niamey expelled the French ambassador and ordered "
     "American troops to leave. ECOWAS has offered to negotiate a new relationship with the three states.",
     "ECOWAS", P::kCooperatesWith, "France"},
    // One strikes a deal with another, no blow.
    {"Rafael Grossi has since struck a framework agreement with Foreign Minister Abbas Araghchi in Cairo.",
     "Rafael Grossi", P::kAttacks, "Abbas Araghchi"},
    {"Only the Houthis in Yemen fired missiles at Israel in solidarity.", "Yemen", P::kAttacks, "Israel"},
    // "the country" after a state's own body names that body's state, not
    // the state the article names most.
    {"Myanmar's military is holding an election. Senior General Min Aung Hlaing, who has ruled the country since "
     "the coup, lifted the state of emergency. China backed the vote, and Beijing sent observers. China also cut "
     "power to rebel towns.",
     "Min Aung Hlaing", P::kHoldsPosition, "China"},
    // A second accuser, after "and by", does not do what it accuses
    // another of either.
    {"The Rapid Support Forces took El Fasher. The United Arab Emirates has been accused by United Nations experts "
     "and by Sudan's government of supplying weapons to the Rapid Support Forces.",
     "Sudan", P::kAids, "Rapid Support Forces"},
    // Holding elections "within a year of the end of the war" takes no part
    // in the war.
    {"The debate turned to the reform of the Palestinian Authority and elections, which Mahmoud Abbas has promised to "
     "hold within a year of the end of the war in Gaza.",
     "Mahmoud Abbas", P::kParticipatesIn, "war in Gaza"},
    // "the country" after a paragraph that names a state is that state,
    // not the one whose seat of government ("the White House") it names.
    {"Kazakhstan has also deepened its ties with Washington. Tokayev attended the C5+1 summit at the White House in "
     "November, where Kazakhstan announced that it would join the Abraham Accords and signed an agreement on tungsten "
     "with an American company. Yet the country remains a member of the Eurasian Economic Union.",
     "United States", P::kMemberOf, "Eurasian Economic Union"},
    {"Israel has not made the task easier. Its forces still hold five hilltop positions inside Lebanon, and its air "
     "force strikes Hezbollah targets almost daily.",
     "Lebanon", P::kAttacks, "Hezbollah"},
    {"Lebanon's Government Tries to Disarm Hezbollah\n\nOn 5 August 2025 the Lebanese cabinet instructed the army to "
     "draw up a plan to bring all weapons under state control. The Shia ministers of Hezbollah walked out of the "
     "session. Naim Qassem, the group's secretary-general, said Hezbollah would not hand over its weapons while Israel "
     "occupied Lebanese land and continued its strikes, and accused the government of serving Israeli and American "
     "interests.",
     "Israel", P::kCriticizes, "Lebanon"},
    {"The Quad, India's grouping with the United States, Japan and Australia, was supposed to hold a summit in New "
     "Delhi.",
     "Quad", P::kLocatedIn, "India"},
    // A party's leaning is no departure from it.
    {"Tufan Erhürman, the leader of the centre-left Republican Turkish Party, won the election.", "Tufan Erhürman",
     P::kMemberOf, "Republican Turkish Party"},
    {"In the east, Khalifa Haftar's Libyan National Army watched from Benghazi; his son Saddam Haftar has taken on "
     "a growing role and visited Washington this year.",
     "Khalifa Haftar", P::kMeets, "United States"},
    {"Nicaragua restored relations with China in December 2021, after breaking with Taiwan, and signed a free trade "
     "agreement with Beijing.",
     "China", P::kCooperatesWith, "Taiwan"},
    // A person whose children are sanctioned is not.
    {"The Treasury has designated dozens of Nicaraguan officials, including Daniel Ortega's children and the head of "
     "the national police, Francisco Díaz.",
     "U.S. Department of the Treasury", P::kSanctions, "Daniel Ortega"},
    // A title after a relative's apposition is the head name's.
    {"Nicaragua's reform made Rosario Murillo, the wife of Daniel Ortega, co-president of the republic.",
     "Daniel Ortega", P::kHoldsPosition, "Nicaragua"},
    // "the worst deal in Australian history" is no deal made in Australia.
    {"In June the Pentagon announced a review of AUKUS, the 2021 agreement under which the United States and the "
     "United Kingdom will help Australia acquire submarines. Australia has already paid the United States two "
     "billion dollars.\n\nThe result gave the government room to defend AUKUS against critics, including the former "
     "prime minister Paul Keating, who has called the pact the worst deal in Australian history.",
     "2021 agreement", P::kLocatedIn, "Australia"},
    {"Milorad Dodik travelled to Moscow, where he met Vladimir Putin, and to Budapest, where Viktor Orbán received "
     "him.",
     "Vladimir Putin", P::kMeets, "Viktor Orbán"},
    // Sanctions blocked are none imposed.
    {"Hungary has consistently blocked European Union sanctions against Milorad Dodik.", "European Union",
     P::kSanctions, "Milorad Dodik"},
    // Lifting only wanted leaves the sanctions in force.
    {"Vladimir Putin wants Donald Trump to lift sanctions on Russia.", "Donald Trump", P::kSanctions, "Russia"},
    {"Five members of the European Union, Spain, Slovakia, Romania, Greece and Cyprus, also do not recognise Kosovo.",
     "European Union", P::kOpposes, "Kosovo"},
    // "army-backed": the army's backing, not the state's before it.
    {"Sudan's army-backed government in Port Sudan has accused N'Djamena of complicity in the crimes.", "Sudan",
     P::kSupports, "Port Sudan"},
    // A body "under" someone other than a party is a time, not a leader.
    {"The State Department under Marco Rubio cut aid.", "Marco Rubio", P::kHoldsPosition, "U.S. Department of State"},
    // A title set off after one person in a list is not the next one's.
    {"Among them were Issam Chebbi, the leader of the Republican Party, Jawhar Ben Mbarek, a constitutional lawyer, "
     "and Khayam Turki, a former official of the Ettakatol party.",
     "Jawhar Ben Mbarek", P::kHoldsPosition, "Republican Party"},
    // A party's hold on a body is no armed attack.
    {"Nelson Chamisa left the Citizens Coalition for Change in January 2024, saying it had been captured by ZANU-PF.",
     "ZANU-PF", P::kAttacks, "Citizens Coalition for Change"},
    // ", and the speaker of ..., X" adds one to a list: no apposition of
    // the name before.
    {"The campaign forced out two presidents, Nguyen Xuan Phuc and Vo Van Thuong, and the speaker of the National "
     "Assembly, Vuong Dinh Hue.",
     "Vo Van Thuong", P::kHoldsPosition, "National Assembly"},
    // "the annual summit" is another than the one told of before.
    {"At the end of August Narendra Modi travelled to Tianjin for the summit of the Shanghai Cooperation "
     "Organisation, where he met Xi Jinping. Vladimir Putin travelled to New Delhi in December 2025 for the annual "
     "summit.",
     "Vladimir Putin", P::kParticipatesIn, "summit of the Shanghai Cooperation Organisation"},
    // A place after "in" is where, not who.
    {"Russia's Rosatom controls uranium deposits in Kazakhstan through joint ventures with Kazatomprom.",
     "Kazakhstan", P::kCooperatesWith, "Kazatomprom"},
    // A summit attended is not one the article's future holds.
    {"Volodymyr Zelensky, who attended the summit in person, urged the leaders to decide quickly. Diplomats said a "
     "decision was now expected at the December 2024 summit.",
     "Volodymyr Zelensky", P::kParticipatesIn, "December 2024 summit"},
    // A relative clause after the noun a name modifies.
    {"Serbia is the only candidate for European Union membership that has refused to impose sanctions on Russia.",
     "European Union", P::kSanctions, "Russia"},
    {"The AfD grew. The party's co-leaders, Alice Weidel and Tino Chrupalla, have cultivated ties with the Trump "
     "administration.",
     "Alternative for Germany", P::kCooperatesWith, "United States"},
    // "blocked a common EU decision to sanction": none imposed.
    {"Hungary and Slovakia have blocked a common EU decision to sanction Bidzina Ivanishvili.", "European Union",
     P::kSanctions, "Bidzina Ivanishvili"},
    {"Andrej Babis is prime minister again. President Petr Pavel appointed him on 9 December, two months after his "
     "ANO movement won the election.",
     "Petr Pavel", P::kMemberOf, "ANO"},
    // A place opening the sentence after a preposition is where, not who.
    {"Washington has pressed both sides to end the war. In Washington, Félix Tshisekedi and Paul Kagame signed a "
     "peace agreement in June.",
     "United States", P::kCooperatesWith, "Félix Tshisekedi"},
    // "its" after a sentence's opening common noun is that noun's.
    {"Oli, the leader of the Communist Party of Nepal (Unified Marxist-Leninist), had governed with the Nepali "
     "Congress. The army, under its chief, General Ashok Raj Sigdel, took over security.",
     "Ashok Raj Sigdel", P::kHoldsPosition, "Communist Party of Nepal (Unified Marxist–Leninist)"},
    {"Egypt wrote to the UN Security Council accusing Ethiopia of unilateral action.", "UN Security Council",
     P::kCriticizes, "Ethiopia"},
    {"Eritrea, whose president Isaias Afwerki has hosted el-Sisi three times, has drawn closer to Cairo as its own "
     "relations with Addis Ababa have soured.",
     "Egypt", P::kCooperatesWith, "Ethiopia"},
    {"Ekrem İmamoğlu, the city's mayor and the main rival of President Recep Tayyip Erdoğan, was arrested in "
     "Istanbul.",
     "Turkey", P::kDetains, "Recep Tayyip Erdoğan"},
    {"In March Mazloum Abdi signed an agreement with al-Sharaa. A ceasefire brokered by the United States, Jordan and "
     "Turkey ended the fighting in July. Turkey has threatened military action if the March deal fails.",
     "Jordan", P::kParticipatesIn, "March deal"},
    // The ones persuaded to stop attacking are the attackers.
    {"Mohammed Shia al-Sudani kept Iraq out of the war. He persuaded the armed factions to stop attacking American "
     "bases.",
     "Mohammed Shia al-Sudani", P::kAttacks, "United States"},
    {"Russia remains the region's main security partner, and China is its largest trading partner.", "China",
     P::kCooperatesWith, "Russia"},
    // "its" after a copula is a state this sentence named, none of the one before.
    {"France has been Armenia's most reliable Western partner, selling it radar systems and armoured vehicles. India "
     "has become its largest arms supplier.",
     "India", P::kAids, "France"},
    // Those who sign a partnership "with" a third are not each other's partners.
    {"Germany and the EU signed a lithium partnership with Belgrade in 2024.", "Germany", P::kCooperatesWith,
     "European Union"},
    // "the country" is no state of the paragraph before when the opening adverbial names one.
    {"Mali left the bloc in January. After the coup in Niger in July 2023, ECOWAS closed borders and froze the "
     "country's assets at the regional central bank.",
     "ECOWAS", P::kSanctions, "Mali"},
    // Seizing a party's offices in a city is a takeover, no attack on the city.
    {"In March, a faction loyal to the party's chairman, Debretsion Gebremichael, seized offices in Mekelle.",
     "Debretsion Gebremichael", P::kAttacks, "Mekelle"},
    // The person an apposition after an object relates to is no subject of what follows.
    {"The court dismissed Paetongtarn Shinawatra, the daughter of the former prime minister Thaksin Shinawatra, "
     "for a call with Hun Sen.",
     "Thaksin Shinawatra", P::kMeets, "Hun Sen"},
    // The one "where he" stands for is the clause's subject, not the sentence's first person.
    {"Trump has refused to rule out pressure, and in March Vice President JD Vance visited the American base at "
     "Pituffik, where he accused Denmark of failing to protect Greenland.",
     "Donald Trump", P::kCriticizes, "Denmark"},
    {"Milorad Dodik leads the Serbs. As president of Republika Srpska, the Serb-majority entity, he threatened "
     "secession, courted Vladimir Putin and defied Christian Schmidt. The United States sanctioned him in 2017.",
     "United States", P::kSanctions, "Vladimir Putin"},
    // Europe's sanctions are Europe's own, never aimed at it.
    {"Europe's sanctions on Russian oil have a weak point.", "Europe's sanctions", P::kTargets, "Europe"},
    // A swap signed says nothing of who helps whom.
    {"Nigeria has deepened ties with China and signed a currency swap with Beijing.", "Nigeria", P::kAids, "China"},
    // Who leads some of a body's members holds no office of the body.
    {"The designation came after a campaign by members of Congress, led by Senator Ted Cruz, who had introduced a "
     "bill.",
     "Ted Cruz", P::kHoldsPosition, "U.S. Congress"},
    {"The State Department designated the Cartel de los Soles as a terrorist organisation. Maduro denies that the "
     "cartel exists and accuses the United States of preparing an invasion.",
     "Cartel de los Soles", P::kCriticizes, "United States"},
    // A place after the object of a verb of effect is the effect's, not the event's.
    {"Talks in Geneva on 23 November produced a text. The negotiations exposed divisions in Washington too.",
     "Talks in Geneva", P::kLocatedIn, "United States"},
    {"Washington has a long memory. The United States, which still offers a reward for information on the interior "
     "minister, Sirajuddin Haqqani, will not recognise the Taliban government, American officials say.",
     "Sirajuddin Haqqani", P::kHoldsPosition, "United States"},
    // Boycotting a summit is no stance on the body that names it.
    {"Donald Trump boycotted the G20 summit in Johannesburg.", "Donald Trump", P::kOpposes, "G20"},
    // A destination is no subject of the purpose after it.
    {"Lee met Japanese Prime Minister Shigeru Ishiba in Tokyo before flying to Washington to meet Donald Trump.",
     "United States", P::kMeets, "Donald Trump"},
    // "and it has declined": a clause of its own, no list "the CSTO and it".
    {"Uzbekistan is not a member of the Collective Security Treaty Organization, which it left in 2012, and it has "
     "declined to join the Eurasian Economic Union.",
     "Collective Security Treaty Organization", P::kMemberOf, "Eurasian Economic Union"},
    {"Captain Ibrahim Traoré took power in Burkina Faso in 2022. Russia has since signed an agreement with Burkina "
     "Faso to build a power plant. The United States suspended some assistance to the country after the coup.",
     "United States", P::kAids, "Russia"},
};
INSTANTIATE_TEST_SUITE_P(Misreadings, MisreadingCase, ::testing::ValuesIn(kMisreadings));

const Case kMore[] = {
    {"He looked forward to action by China, North Korea's patron.", "China", P::kAids, "North Korea", M::kAsserted},
    {"The China National Heavy Duty Truck Group supplied trucks that North Korea uses to move missiles.",
     "China National Heavy Duty Truck Group", P::kAids, "North Korea", M::kAsserted},
    {"The Chinese government approved the transfer of missile technology to North Korea.", "China", P::kAids, "North Korea", M::kAsserted},
    {"Ruggiero is a fellow at the Foundation for Defense of Democracies, a think tank in Washington.",
     "Foundation for Defense of Democracies", P::kLocatedIn, "United States", M::kAsserted},
    {"Russian President Vladimir Putin is heading into his first meeting with President Trump on Friday.",
     "Vladimir Putin", P::kMeets, "Donald Trump", M::kAsserted},
    {"Congress is looking to pass another round of sanctions against Iran.", "U.S. Congress", P::kSanctions, "Iran",
     M::kProposed},
    {"The U.S. Senate passed a bill that calls for new sanctions against Russian banks.", "U.S. Senate", P::kSanctions,
     "Russia", M::kProposed},
    {"Moscow's sale of weapons to Syria angered Washington.", "Russia", P::kAids, "Syria", M::kAsserted},
    {"Sanctions hit Arkady Rotenberg, Putin's former judo partner.", "Arkady Rotenberg", P::kCooperatesWith,
     "Vladimir Putin", M::kAsserted},
    {"They targeted Dandong Hongxiang, a Chinese firm named in the U.S. sanctions of September.",
     "U.S. sanctions", P::kTargets, "Dandong Hongxiang", M::kAsserted},
    // Names joined by a hyphen in front of an event take part in it, and
    // meet when it is a meeting.
    {"Trade was on the agenda of the Modi-Albanese summit in Canberra.", "Anthony Albanese", P::kMeets,
     "Narendra Modi", M::kAsserted},
    {"Trade was on the agenda of the Modi-Albanese summit in Canberra.", "Narendra Modi", P::kParticipatesIn,
     "Modi-Albanese summit in Canberra", M::kAsserted},
    {"Diplomats discussed possible Armenia-Azerbaijan talks.", "Armenia", P::kMeets, "Azerbaijan",
     M::kHypothetical},
    {"The Kremlin ruled out a Putin-Zelensky meeting.", "Vladimir Putin", P::kMeets, "Volodymyr Zelensky",
     M::kNegated},
    {"The Ethiopia-Eritrea war ended in 2000.", "Eritrea", P::kParticipatesIn, "Ethiopia-Eritrea war", M::kAsserted},
    {"The Iran\u2013Iraq war exhausted both.", "Iran", P::kParticipatesIn, "Iran\u2013Iraq war", M::kAsserted},
    {"Erdogan's narrow victory in the 2023 presidential election surprised pollsters.", "Recep Tayyip Erdoğan",
     P::kParticipatesIn, "2023 presidential election", M::kAsserted},
    {"Nicolás Maduro claimed victory in Venezuela's July 28 presidential election.", "Nicolás Maduro",
     P::kParticipatesIn, "Venezuela's July 28 presidential election", M::kAsserted},
    {"Javier Milei won the 2023 presidential election.", "Javier Milei", P::kParticipatesIn,
     "2023 presidential election", M::kAsserted},
    {"The election of President Hassan Rouhani changed Iran.", "Hassan Rouhani", P::kParticipatesIn,
     "election of Hassan Rouhani", M::kAsserted},
    {"Qatar is negotiating with Hamas over the hostages.", "Qatar", P::kMeets, "Hamas", M::kAsserted},
    {"Mali's interim president, Colonel Assimi Goita, expelled the French ambassador.", "Assimi Goita",
     P::kHoldsPosition, "Mali", M::kAsserted},
    {"Russian Deputy Defence Minister Yunus-Bek Yevkurov visited Bamako.", "Yunus-Bek Yevkurov", P::kHoldsPosition,
     "Russia", M::kAsserted},
    {"Jens Stoltenberg, who headed NATO for a decade, now advises governments.", "Jens Stoltenberg",
     P::kHoldsPosition, "NATO", M::kAsserted},
    {"Niger announced its withdrawal from the Economic Community of West African States.", "Niger", P::kMemberOf,
     "Economic Community of West African States", M::kNegated},
    {"Armenia froze its participation in the Collective Security Treaty Organization.", "Armenia", P::kMemberOf,
     "Collective Security Treaty Organization", M::kAsserted},
    {"Qatar ended its membership of OPEC in 2019.", "Qatar", P::kMemberOf, "OPEC", M::kNegated},
    {"The African Union suspended Sudan's membership after the 2021 coup.", "Sudan", P::kMemberOf, "African Union",
     M::kNegated},
    {"Russia was expelled from the Council of Europe in 2022.", "Russia", P::kMemberOf, "Council of Europe",
     M::kNegated},
    {"The Russian ambassador to Kazakhstan, Alexei Borodavkin, protested.", "Alexei Borodavkin", P::kHoldsPosition,
     "Russia", M::kAsserted},
    {"China's special envoy for Eurasian affairs, Li Hui, toured Europe.", "Li Hui", P::kHoldsPosition, "China",
     M::kAsserted},
    {"The head of the EU delegation, Kestutis Jankauskas, spoke.", "Kestutis Jankauskas", P::kHoldsPosition,
     "European Union", M::kAsserted},
    {"Lithuania has been the most vocal critic of the Lukashenko regime.", "Lithuania", P::kCriticizes, "Belarus",
     M::kAsserted},
    {"Georgia became a staunch opponent of the Eurasian Economic Union.", "Georgia", P::kOpposes,
     "Eurasian Economic Union", M::kAsserted},
    {"Uzbek officials met a Taliban delegation in Termez.", "Uzbekistan", P::kMeets, "Taliban", M::kAsserted},
    // A capital naming an event is its venue, not a party to it.
    {"At the Vilnius summit in July 2023, Turkey dropped its objections.", "Vilnius summit in July 2023",
     P::kLocatedIn, "Lithuania", M::kAsserted},
    // A body's title before a person: the person is who was met or criticised.
    {"Erdogan met NATO Secretary General Jens Stoltenberg in Vilnius.", "Recep Tayyip Erdoğan", P::kMeets,
     "Jens Stoltenberg", M::kAsserted},
    {"Trump criticized NATO Secretary General Mark Rutte.", "Donald Trump", P::kCriticizes, "Mark Rutte",
     M::kAsserted},
    // "Its <office>, <name>": the state or body the sentence before is about.
    {"Russia kept Assad in power for a decade. Its deputy foreign minister, Mikhail Bogdanov, travelled to "
     "Damascus in January.", "Mikhail Bogdanov", P::kHoldsPosition, "Russia", M::kAsserted},
    {"Ankara backed the Syrian National Army, and its intelligence chief, Ibrahim Kalin, visited Damascus.",
     "Ibrahim Kalin", P::kHoldsPosition, "Turkey", M::kAsserted},
    {"The Kurdish-led Syrian Democratic Forces (SDF) signed a deal in March. Its commander, Mazloum Abdi, has "
     "not handed over the oil fields.", "Mazloum Abdi", P::kHoldsPosition, "Syrian Democratic Forces",
     M::kAsserted},
    {"The SDF's commander, Mazloum Abdi, refused.", "Mazloum Abdi", P::kHoldsPosition, "SDF", M::kAsserted},
    // "he" before its verb after a time phrase is the sentence's person.
    {"On May 13, Donald Trump announced in Riyadh that the United States would lift its sanctions on Syria, and "
     "the next day he met Ahmed al-Sharaa there.", "Donald Trump", P::kMeets, "Ahmed al-Sharaa", M::kAsserted},
    // Sanctions one lifts are one's own, and were enacted.
    {"Trump announced that the United States would lift its sanctions on Syria.", "sanctions", P::kEnactedBy,
     "United States", M::kAsserted},
    {"The European Union lifted its economic sanctions on Syria in May.", "economic sanctions", P::kEnactedBy,
     "European Union", M::kAsserted},
    {"The Treasury issued a licence, although the Caesar Act, which Congress passed in 2019, remains in force.",
     "Caesar Act", P::kEnactedBy, "U.S. Congress", M::kAsserted},
    // Paying off a state's debts is aid to it.
    {"Qatar and Saudi Arabia have paid off Syria's debts to the World Bank.", "Saudi Arabia", P::kAids, "Syria",
     M::kAsserted},
    {"The Russians backed out of a meeting with US Undersecretary of State Tom Shannon in late June.", "Russia",
     P::kMeets, "Tom Shannon", M::kNegated},
    {"In September 2023 Azerbaijan retook Nagorno-Karabakh in a one-day offensive.", "Azerbaijan", P::kAttacks,
     "Nagorno-Karabakh", M::kAsserted},
    {"Foreign Ministry spokeswoman Maria Zakharova criticised the deal.", "Maria Zakharova", P::kHoldsPosition,
     "Foreign Ministry", M::kAsserted},
    // A list of places keeps its names before a compound ("X-administered").
    {"On May 7, India struck nine sites in Pakistan and Pakistan-administered Kashmir.", "India", P::kAttacks,
     "Pakistan", M::kAsserted},
    {"Both sides then fired missiles. India and Pakistan fired missiles at each other's air bases.", "Pakistan",
     P::kAttacks, "India", M::kAsserted},
    {"China, for its part, has moved closer to Pakistan.", "China", P::kCooperatesWith, "Pakistan", M::kAsserted},
    {"Wang Yi hosted his Pakistani counterpart, Ishaq Dar, in Beijing.", "Wang Yi", P::kMeets, "Ishaq Dar",
     M::kAsserted},
    {"The Resistance Front is a front for the Pakistan-based Lashkar-e-Taiba.", "Lashkar-e-Taiba", P::kLocatedIn,
     "Pakistan", M::kAsserted},
    // "and" between adjectives joins no clauses; retaliation with attacks.
    {"Israel struck nuclear and military sites across Iran on June 13.", "Israel", P::kAttacks, "Iran",
     M::kAsserted},
    {"Iran retaliated with missile attacks on Israeli cities.", "Iran", P::kAttacks, "Israel", M::kAsserted},
    {"On June 22, American bombers hit the enrichment plants at Fordow and Natanz.", "United States",
     P::kAttacks, "Natanz", M::kAsserted},
    // A participle after the clause tells what its subject did.
    {"France, Germany and the United Kingdom had triggered the snapback mechanism in late August, accusing "
     "Tehran of violating its commitments.", "Germany", P::kCriticizes, "Iran", M::kAsserted},
    {"The European Union reinstated its own nuclear-related sanctions days later.",
     "nuclear-related sanctions", P::kEnactedBy, "European Union", M::kAsserted},
    // "X of <state>": the office the knowledge base gives X there.
    {"The treaty was signed by Xi and the five presidents: Kassym-Jomart Tokayev of Kazakhstan and Sadyr Japarov "
     "of Kyrgyzstan.", "Sadyr Japarov", P::kHoldsPosition, "Kyrgyzstan", M::kAsserted},
    // A state's name and a noun for a body before the body's name.
    {"Kazakhstan signed a deal with the American company Cove Kaz Capital to develop tungsten.", "Kazakhstan",
     P::kCooperatesWith, "Cove Kaz Capital", M::kAsserted},
    // A hyphenated name whose last part begins a longer one.
    {"China hosted the second China-Central Asia summit in Astana.", "China", P::kParticipatesIn,
     "China-Central Asia summit in Astana", M::kAsserted},
    // Verb rules read in the passive.
    {"Ukraine was attacked by Russia in 2022.", "Russia", P::kAttacks, "Ukraine", M::kAsserted},
    {"Washington and Tokyo agreed to deepen defence cooperation.", "United States", P::kCooperatesWith, "Japan",
     M::kAsserted},
    {"Kazakhstan is not a member of NATO.", "Kazakhstan", P::kMemberOf, "NATO", M::kNegated},
    // Sanctions one plans to lift are in force.
    {"Washington reportedly plans to lift sanctions on Belarus.", "United States", P::kSanctions, "Belarus",
     M::kAsserted},
    // A trigger between two names is their verb.
    {"If Iran attacks Israel, the US would respond.", "Iran", P::kAttacks, "Israel", M::kHypothetical},
    {"Armenia is unlikely to rejoin the CSTO.", "Armenia", P::kMemberOf, "CSTO", M::kHypothetical},
    {"\"This is a turning point,\" said Olga Petrova, director of the Eurasia Program at the Carnegie Endowment "
     "for International Peace.", "Olga Petrova", P::kWorksFor, "Carnegie Endowment for International Peace",
     M::kAsserted},
    {"Gulnara Karimova, the daughter of the late Uzbek president Islam Karimov, remains in prison.",
     "Gulnara Karimova", P::kFamilyOf, "Islam Karimov", M::kAsserted},
    {"Rosneft, Russia's largest oil producer, was sanctioned in 2014.", "Rosneft", P::kLocatedIn, "Russia",
     M::kAsserted},
    {"Ukraine's allies, including Poland and the Baltic states, have pledged more aid.", "Ukraine",
     P::kCooperatesWith, "Poland", M::kAsserted},
    {"Kyiv was praised by Brussels for its reforms.", "European Union", P::kPraises, "Ukraine", M::kAsserted},
    {"Georgia was criticised by the EU.", "European Union", P::kCriticizes, "Georgia", M::kAsserted},
    {"New sanctions were imposed on Russia by the European Union.", "European Union", P::kSanctions, "Russia",
     M::kAsserted},
    {"The Netherlands seized Russian assets.", "Netherlands", P::kSanctions, "Russia", M::kAsserted},
    // An object relative after a name and a noun, with a demonym's agents.
    {"The Fordow facility, which American bombers struck in June, remains closed.", "United States",
     P::kAttacks, "Fordow", M::kAsserted},
    {"The Kakhovka dam, which Russian forces destroyed, was vital.", "Russia", P::kAttacks, "Kakhovka",
     M::kAsserted},
    // Ordinals of membership.
    {"On Thursday, Sweden formally became the 32nd member of the North Atlantic Treaty Organization.", "Sweden",
     P::kMemberOf, "NATO", M::kAsserted},
    {"NATO grew in 2023. Finland became the alliance's 31st member.", "Finland", P::kMemberOf, "NATO", M::kAsserted},
    // An office in a body rather than employment by it (Russia's council:
    // the known office says so).
    {"Dmitry Medvedev, the deputy chairman of the Security Council, spoke.", "Dmitry Medvedev",
     P::kHoldsPosition, "Security Council of Russia", M::kAsserted},
    {"Kazakhstan removed the Taliban from its list of banned organisations.", "Kazakhstan", P::kSanctions, "Taliban",
     M::kNegated},
    {"The Collective Security Treaty Organization, of which Armenia is a member, stayed silent.", "Armenia",
     P::kMemberOf, "Collective Security Treaty Organization", M::kAsserted},
    {"North Korea has sent about 11,000 soldiers to Russia.", "North Korea", P::kAids, "Russia", M::kAsserted},
    {"Seoul could start supplying weapons directly to Ukraine.", "South Korea", P::kAids, "Ukraine",
     M::kHypothetical},
    {"The European Union is preparing a new package of sanctions against Belarus.", "European Union", P::kSanctions,
     "Belarus", M::kProposed},
    {"Beijing sanctioned two U.S. defence contractors, including Lockheed Martin and Boeing.", "China", P::kSanctions,
     "Boeing", M::kAsserted},
    {"Japan and South Korea, both treaty allies of the United States, voiced concern.", "South Korea",
     P::kCooperatesWith, "United States", M::kAsserted},
    {"Tsai Ing-wen met then House Speaker Kevin McCarthy in California.", "Tsai Ing-wen", P::kMeets, "Kevin McCarthy",
     M::kAsserted},
    {"\"They have not delivered,\" said Aminata Diallo, an analyst based in Dakar.", "Aminata Diallo",
     P::kLocatedIn, "Dakar", M::kAsserted},
    {"Peter Fields, chief executive of Oslo-based shipping group Nordvik Carriers, said the rules were unclear.",
     "Peter Fields", P::kWorksFor, "Nordvik Carriers", M::kAsserted},
    {"Russia backed out of a meeting with Japan.", "Russia", P::kMeets, "Japan", M::kNegated},
    // A wave, series or barrage of strikes launched; a weapon before them.
    {"Israel launched a wave of strikes on Iranian nuclear sites.", "Israel", P::kAttacks, "Iran", M::kAsserted},
    {"Russia launched missile strikes on Odesa overnight.", "Russia", P::kAttacks, "Odesa", M::kAsserted},
    // Taking office: elected, sworn in, became; "replaced X as".
    {"Mikheil Kavelashvili was elected president of Georgia in December 2024.", "Mikheil Kavelashvili",
     P::kHoldsPosition, "Georgia", M::kAsserted},
    {"Keir Starmer became prime minister of the United Kingdom in July 2024.", "Keir Starmer", P::kHoldsPosition,
     "United Kingdom", M::kAsserted},
    {"Friedrich Merz was sworn in as German chancellor in May 2025.", "Friedrich Merz", P::kHoldsPosition, "Germany",
     M::kAsserted},
    {"Mark Carney replaced Justin Trudeau as prime minister of Canada.", "Mark Carney", P::kHoldsPosition, "Canada",
     M::kAsserted},
    // Recognising a claimant supports them; refusing to recognise another's
    // victory opposes its claimant, for every state of the list.
    {"In 2019 the United States and Canada recognised Juan Guaidó as interim president.", "Canada", P::kSupports,
     "Juan Guaidó", M::kAsserted},
    {"Brazil and Colombia refused to recognise Nicolás Maduro's victory.", "Brazil", P::kOpposes, "Nicolás Maduro",
     M::kAsserted},
    // Calling an event a violation criticises the event.
    {"Israel launched strikes on Iran in June. Saudi Arabia called the strikes a violation of international law.",
     "Saudi Arabia", P::kCriticizes, "strikes on Iran", M::kAsserted},
    // Who triggers a snapback mechanism imposes it.
    {"In September, France, Germany and the United Kingdom triggered the snapback mechanism.", "snapback mechanism",
     P::kEnactedBy, "Germany", M::kAsserted},
    // A mediator named in a relative clause after the deal and its parties.
    {"Trump announced a ceasefire between Israel and Iran, which Qatar helped to broker.", "Qatar",
     P::kParticipatesIn, "ceasefire between Israel and Iran", M::kAsserted},
    // An office named in a list of a state's officials.
    {"The Baltic states imposed entry bans on Georgian officials, including the interior minister, Vakhtang "
     "Gomelauri.",
     "Vakhtang Gomelauri", P::kHoldsPosition, "Georgia", M::kAsserted},
    // A membership in an apposition, with the year it began.
    {"Turkey, a NATO member since 1952, ratified Sweden's accession in January 2024.", "Turkey", P::kMemberOf, "NATO",
     M::kAsserted},
    // A list that opens the sentence is the subject of its second verb too.
    {"South Korea, Japan and the United States condemned the deployment and imposed sanctions on North Korean "
     "officials.",
     "Japan", P::kSanctions, "North Korea", M::kAsserted},
    // "it" after a time adverbial opens the sentence as the subject.
    {"The United States sanctioned Mohamed Hamdan Dagalo in January. Days later it also sanctioned Abdel Fattah "
     "al-Burhan.",
     "United States", P::kSanctions, "Abdel Fattah al-Burhan", M::kAsserted},
    // Who leads a state's army holds office in the state.
    {"Sudan's army, led by General Abdel Fattah al-Burhan, has fought the paramilitary forces since April 2023.",
     "Abdel Fattah al-Burhan", P::kHoldsPosition, "Sudan", M::kAsserted},
    // A descriptor between the verb and the sanctioned body.
    {"The United States sanctioned the oil company NIS in January 2025.", "United States", P::kSanctions,
     "Naftna Industrija Srbije", M::kAsserted},
    // Two states that share borders with a third border it, not each other.
    {"Thailand and India, which share long borders with Myanmar, have kept working with the military.", "India",
     P::kBorders, "Myanmar", M::kAsserted},
    // An arrest warrant seeks an arrest; it makes none.
    {"The International Criminal Court issued an arrest warrant for Benjamin Netanyahu in November 2024.",
     "International Criminal Court", P::kDetains, "Benjamin Netanyahu", M::kProposed},
    // Recognising a state supports it; a list of examples set off by
    // ", including" is the subject of the verb after it.
    {"Several European governments, including Spain, Ireland and Norway, recognised the State of Palestine in 2024.",
     "Ireland", P::kSupports, "Palestine", M::kAsserted},
    // A donor named with a demonym between the superlative and the noun.
    {"Germany has become Kyiv's largest European donor.", "Germany", P::kAids, "Ukraine", M::kAsserted},
    // Helping someone restore order, retake a city: aid; after ", whose"
    // only the name before it helps.
    {"Kazakhstan remains a member of the Eurasian Economic Union and the CSTO, whose troops helped Kassym-Jomart "
     "Tokayev restore order in January 2022.",
     "Collective Security Treaty Organization", P::kAids, "Kassym-Jomart Tokayev", M::kAsserted},
    {"Russian forces helped Bashar al-Assad retake Aleppo in 2016.", "Russia", P::kAids, "Bashar al-Assad",
     M::kAsserted},
    // An office with its field after the title.
    {"The European Union's special envoy for sanctions, David O'Sullivan, travelled to Astana.", "David O'Sullivan",
     P::kHoldsPosition, "European Union", M::kAsserted},
    // A sentence-initial "it" after a sentence that opens with a body.
    {"The EU ought to sanction the Chinese refineries that process Russian crude. It should also consider a ban on "
     "imports of Russian gas.",
     "European Union", P::kSanctions, "Russia", M::kProposed},
    // Two sides that hold talks (an event) meet.
    {"Russia and Ukraine held talks in Istanbul in May 2025.", "Russia", P::kMeets, "Ukraine", M::kAsserted},
    {"Iran and the United States held indirect talks in Oman.", "Iran", P::kMeets, "United States", M::kAsserted},
    // Backers named in a possessive apposition; the sentence's verb is the
    // list's, not the possessor's.
    {"Russia and China, Maduro's main foreign backers, have criticised the American deployment.", "China", P::kAids,
     "Nicolás Maduro", M::kAsserted},
    {"Russia and China, Maduro's main foreign backers, have criticised the American deployment.", "China",
     P::kCriticizes, "United States", M::kAsserted},
    {"Armenia buys weapons from France and India instead of Russia.", "India", P::kAids, "Armenia", M::kAsserted},
    // Backed (armed, commanded) by someone, in a relative clause, an aside
    // or the passive.
    {"The M23 rebel group, which United Nations experts say is backed and commanded by Rwanda, captured Goma.",
     "Rwanda", P::kSupports, "M23", M::kAsserted},
    {"The M23 rebel group, which United Nations experts say is backed and commanded by Rwanda, captured Goma.",
     "Rwanda", P::kAids, "M23", M::kAsserted},
    {"The Kurdish-led Syrian Democratic Forces (SDF), still backed by U.S. troops in the northeast, signed an "
     "agreement.",
     "United States", P::kSupports, "Syrian Democratic Forces", M::kAsserted},
    {"The Houthis are backed by Iran.", "Iran", P::kSupports, "Houthis", M::kAsserted},
    // A mediator after the deal's place and date.
    {"Congo and Rwanda signed a peace agreement in Washington in June 2025, brokered by the United States.",
     "United States", P::kParticipatesIn, "peace agreement in Washington", M::kAsserted},
    // Phasing out imports from a state is a measure against it.
    {"The European Commission proposed to phase out all imports of Russian gas by 2027.", "European Commission",
     P::kSanctions, "Russia", M::kProposed},
    // "the three countries": the three states named before (not the
    // sentence's own subject).
    {"Poland, Hungary and Slovakia banned imports of Ukrainian grain. Ukraine filed a complaint against the three "
     "countries at the World Trade Organization.",
     "Ukraine", P::kCriticizes, "Slovakia", M::kAsserted},
    // "his government" is the state he governs, no possessor of a noun.
    {"Prime Minister Viktor Orbán said his government is not a member of the Organization of Turkic States.",
     "Hungary", P::kMemberOf, "Organization of Turkic States", M::kNegated},
    // A de facto state signs and cooperates as a state does.
    {"Ethiopia signed a memorandum of understanding with Somaliland.", "Somaliland", P::kParticipatesIn,
     "memorandum of understanding with Somaliland", M::kAsserted},
    // Who rules a state holds office in it; the state after the aside acts.
    {"Eritrea, ruled by Isaias Afwerki since independence in 1993, fought alongside Ethiopian federal forces.",
     "Isaias Afwerki", P::kHoldsPosition, "Eritrea", M::kAsserted},
    {"Eritrea, ruled by Isaias Afwerki since independence in 1993, fought alongside Ethiopian federal forces.",
     "Eritrea", P::kAids, "Ethiopia", M::kAsserted},
    // "it" after a sentence about a leader's administration is the state.
    {"In February 2025 the Trump administration designated six Mexican cartels as terrorist organisations. Days "
     "later it imposed tariffs on Mexican goods.",
     "United States", P::kSanctions, "Mexico", M::kAsserted},
    // Designated as terrorists, named as examples of a plural noun.
    {"In February 2025 the Trump administration designated six Mexican cartels, including the Sinaloa Cartel and "
     "the Jalisco New Generation Cartel, as foreign terrorist organisations.",
     "United States", P::kSanctions, "Jalisco New Generation Cartel", M::kAsserted},
    // An indefinite event that is the subject of a modal verb is possible.
    {"Takaichi told parliament that a Chinese blockade of Taiwan could constitute a survival-threatening situation.",
     "China", P::kParticipatesIn, "Chinese blockade of Taiwan", M::kHypothetical},
    // Weapons a state is acquiring from another.
    {"Japan is acquiring Tomahawk cruise missiles from the United States.", "United States", P::kAids, "Japan",
     M::kAsserted},
    // A bare title in a sentence opened by another state than the
    // article's: that state's office.
    {"Belarus freed prisoners. Belarus hosts Russian weapons. Minsk denies it. Lithuania closed its border with "
     "Belarus, and Prime Minister Saulius Skvernelis accused Minsk of a hybrid attack.",
     "Saulius Skvernelis", P::kHoldsPosition, "Lithuania", M::kAsserted},
    {"The Houthis fired missiles at Yemen's rivals. Yemen is poor. Sanaa is in ruins. Yemen suffers. Israeli jets "
     "bombed Sanaa airport, and Defence Minister Yoav Gallant threatened the Houthi leadership.",
     "Yoav Gallant", P::kHoldsPosition, "Israel", M::kAsserted},
    // Rockets fired into a place, strikes answered on it.
    {"Cambodian forces fired BM-21 rockets into Thai villages.", "Cambodia", P::kAttacks, "Thailand", M::kAsserted},
    {"Thailand answered with F-16 strikes on Cambodian military positions.", "Thailand", P::kAttacks, "Cambodia",
     M::kAsserted},
    {"The Houthis fired a ballistic missile at Israel days later.", "Houthis", P::kAttacks, "Israel",
     M::kAsserted},
    // A deadly strike: its author attacked its victim.
    {"In August an Israeli strike in Sanaa killed Ahmed al-Rahawi, the Houthi prime minister.", "Israel",
     P::kAttacks, "Ahmed al-Rahawi", M::kAsserted},
    // Kinship as the second part of an apposition.
    {"A phone call between Paetongtarn Shinawatra and Hun Sen, the former Cambodian leader and father of Prime "
     "Minister Hun Manet, was leaked.", "Hun Sen", P::kFamilyOf, "Hun Manet", M::kAsserted},
    // Talks with their place and date before "between".
    {"Anwar Ibrahim hosted talks in Putrajaya on July 28 between Hun Manet and Phumtham Wechayachai.", "Hun Manet",
     P::kMeets, "Phumtham Wechayachai", M::kAsserted},
    {"Anwar Ibrahim hosted talks in Putrajaya on July 28 between Hun Manet and Phumtham Wechayachai.",
     "Phumtham Wechayachai", P::kParticipatesIn, "talks in Putrajaya", M::kAsserted},
    // Suspending negotiations with someone: no meeting.
    {"Donald Trump threatened to suspend trade negotiations with Thailand.", "Donald Trump", P::kMeets, "Thailand",
     M::kNegated},
    // A redesignation; the label is the American programme.
    {"The State Department redesignated the Houthis as a Foreign Terrorist Organization in March.",
     "U.S. Department of State", P::kSanctions, "Houthis", M::kAsserted},
    // A relative clause after an apposition of the object.
    {"The Treasury lifted sanctions on Belavia, the national airline, which the United States had blacklisted in "
     "2021.", "United States", P::kSanctions, "Belavia", M::kAsserted},
    // Condemning the attack told of just before criticises its author.
    {"A week earlier, Israel had struck Hamas negotiators in Doha. Gulf rulers were alarmed. Qatar condemned the "
     "strike as state terrorism.", "Qatar", P::kCriticizes, "Israel", M::kAsserted},
    {"The United States struck a boat off Venezuela. Colombian President Gustavo Petro has sharply condemned the "
     "strikes.", "Gustavo Petro", P::kCriticizes, "United States", M::kAsserted},
    {"Israel struck Hamas negotiators in Doha. Qatar did not condemn the strike.", "Qatar", P::kCriticizes,
     "Israel", M::kNegated},
    // A named operation whose apposition says whom it is against.
    {"In March, the Trump administration launched Operation Rough Rider, a sustained air campaign against Houthi "
     "targets.", "United States", P::kAttacks, "Houthis", M::kAsserted},
    // Drones that hit a place's refinery attacked the place.
    {"Ukrainian drones hit the Novokuibyshevsk refinery overnight.", "Ukraine", P::kAttacks, "Novokuibyshevsk",
     M::kAsserted},
    // A pronoun subject carries on from the sentence before that opened
    // with one, past the person that sentence named after it.
    {"Viktor Orban runs Hungary. In April he hosted Benjamin Netanyahu in Budapest. He has praised Xi Jinping's "
     "peace proposals.", "Viktor Orban", P::kPraises, "Xi Jinping", M::kAsserted},
    // Sanctions named before, then "which X had imposed on Y".
    {"Orban won an exemption from American sanctions on Russian oil, which Washington had imposed on Rosneft and "
     "Lukoil in October.", "United States", P::kSanctions, "Lukoil", M::kAsserted},
    // Troops sent to help a side aid it.
    {"Some 11,000 North Korean soldiers were deployed to the Kursk region to help Russian forces push back a "
     "Ukrainian incursion.", "North Korea", P::kAids, "Russia", M::kAsserted},
    // "a member of X and of Y": both.
    {"Kyrgyzstan remains a member of the Collective Security Treaty Organization and of the Eurasian Economic "
     "Union.", "Kyrgyzstan", P::kMemberOf, "Eurasian Economic Union", M::kAsserted},
    // Who leads a party named with a lower-case "party" after it.
    {"Peter Magyar, a former government insider who leads the opposition Tisza party, is ahead in the polls.",
     "Peter Magyar", P::kHoldsPosition, "Tisza", M::kAsserted},
    // "strike" after a modal verb is the verb.
    {"The United States must not strike Venezuelan territory without a vote in Congress.", "United States",
     P::kAttacks, "Venezuela", M::kNegated},
    {"Israel could strike Iran again if it concludes that Tehran is rebuilding.", "Israel", P::kAttacks, "Iran",
     M::kHypothetical},
    // A designation with a relative clause about the group inside it.
    {"The State Department has designated the Cartel de los Soles, which it says Maduro leads, as a Foreign "
     "Terrorist Organization.", "U.S. Department of State", P::kSanctions, "Cartel de los Soles", M::kAsserted},
    // The cues of the first verb phrase do not reach the carried subject's
    // second verb.
    {"Maria Zakharova, the spokeswoman of the Russian foreign ministry, called the election neither free nor fair "
     "and accused Sandu of suppressing the opposition. Maia Sandu won.", "Maria Zakharova", P::kCriticizes,
     "Maia Sandu", M::kAsserted},
    // A gerund series opened by "by": the subject carries to each gerund.
    {"Colombia protested. Trump responded by cutting aid to Colombia and imposing sanctions on Gustavo Petro "
     "himself.", "Donald Trump", P::kSanctions, "Gustavo Petro", M::kAsserted},
    // Aid cut is aid no longer given.
    {"Trump cut aid to Colombia in October.", "Donald Trump", P::kAids, "Colombia", M::kNegated},
    // Taking power in a state is ruling it.
    {"But General Abdourahamane Tiani, who seized power in Niger, has said the Sahel states will not return.",
     "Abdourahamane Tiani", P::kHoldsPosition, "Niger", M::kAsserted},
    // Shot down, water cannon, "its coast guard".
    {"Algeria shot down a Malian drone near the border town of Tinzaouaten in April.", "Algeria", P::kAttacks,
     "Mali", M::kAsserted},
    {"China rejects the ruling. Its coast guard has repeatedly fired water cannon at Philippine vessels.", "China",
     P::kAttacks, "Philippines", M::kAsserted},
    {"Pakistan said its Chinese-made J-10C jets had shot down several Indian aircraft.", "Pakistan", P::kAttacks,
     "India", M::kAsserted},
    // Criticised in the passive; a branch of a body belongs to it.
    {"Malian troops and Russian mercenaries were accused by Human Rights Watch of executing civilians.",
     "Human Rights Watch", P::kCriticizes, "Russia", M::kAsserted},
    {"Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's affiliate in the Sahel, killed more than 100 soldiers.",
     "Jama'at Nusrat al-Islam wal-Muslimin", P::kMemberOf, "al-Qaeda", M::kAsserted},
    // A singular tie noun in a possessive apposition is an aside too.
    {"The United States, Manila's only treaty ally, held its largest Balikatan exercises with Philippine forces.",
     "United States", P::kParticipatesIn, "largest Balikatan exercises", M::kAsserted},
    // An object pronoun: the last person named before who is not the
    // subject, in the sentence or the one before.
    {"Donald Trump, who met al-Sharaa in Riyadh in May, praised him as a tough leader.", "Donald Trump",
     P::kPraises, "Ahmed al-Sharaa", M::kAsserted},
    {"Zelensky met Trump in Rome. He thanked him for the support.", "Volodymyr Zelensky", P::kPraises,
     "Donald Trump", M::kAsserted},
    {"Among the imprisoned is Ales Bialiatski, the founder of Viasna. A court in Minsk sentenced him to ten years.",
     "Belarus", P::kDetains, "Ales Bialiatski", M::kAsserted},
    // A host received a person; "the two presidents" are the two the
    // sentence names where no one hosts talks between them.
    {"In August, Trump received Vladimir Putin at a military base in Anchorage.", "Donald Trump", P::kMeets,
     "Vladimir Putin", M::kAsserted},
    {"In May, delegations led by Vladimir Medinsky and Rustem Umerov met in Istanbul. In August, Trump received "
     "Vladimir Putin in Anchorage, the first summit between the two presidents since 2019.", "Vladimir Putin",
     P::kParticipatesIn, "first summit", M::kAsserted},
    // "drones and missiles" after a demonym; a Ukrainian city.
    {"Russian drones and missiles struck Ternopil on November 19, killing at least 30 people.", "Russia",
     P::kAttacks, "Ternopil", M::kAsserted},
    // Led by, after a lower-case party noun; mocked in a relative clause.
    {"The pro-business Demokraatit party, led by Jens-Frederik Nielsen, won the most votes.", "Jens-Frederik Nielsen",
     P::kHoldsPosition, "Demokraatit", M::kAsserted},
    {"Canada, which Trump has also mocked as a potential 51st state, has stepped up its Arctic patrols.",
     "Donald Trump", P::kCriticizes, "Canada", M::kAsserted},
    // "its nineteenth package of sanctions against Russia".
    {"On October 23, the European Union adopted its nineteenth package of sanctions against Russia.",
     "European Union", P::kSanctions, "Russia", M::kAsserted},
    // Attending an event whose name a body and a region open.
    {"Ursula von der Leyen attended the first EU-Central Asia summit in Samarkand in April.", "Ursula von der Leyen",
     P::kParticipatesIn, "EU-Central Asia summit in Samarkand", M::kAsserted},
    // Border posts are places: attacking them is an attack, not a speech.
    {"In October Pakistani aircraft struck targets in Kabul, and Taliban forces attacked Pakistani border posts.",
     "Taliban", P::kAttacks, "Pakistan", M::kAsserted},
    // Ties that collapsed after the match are no cooperation.
    {"Relations between Baku and Moscow then collapsed after a passenger jet crashed in Kazakhstan.", "Azerbaijan",
     P::kCooperatesWith, "Russia", M::kNegated},
    // A hyphenated pair of states before a word of partnership.
    {"The Sino-Russian partnership has deepened since 2022.", "China", P::kCooperatesWith, "Russia", M::kAsserted},
    {"The Moscow-Pyongyang alliance worries Seoul.", "Russia", P::kCooperatesWith, "North Korea", M::kAsserted},
    // Became the state's first female prime minister.
    {"Sanae Takaichi became Japan's first female prime minister in October 2025.", "Sanae Takaichi",
     P::kHoldsPosition, "Japan", M::kAsserted},
    // A body's seat in an apposition.
    {"Russia courted Vitol, the Geneva-based trader, in Moscow.", "Vitol", P::kLocatedIn, "Geneva", M::kAsserted},
    // A post in a message is speech.
    {"Elon Musk attacked the EU in posts on X.", "Elon Musk", P::kCriticizes, "European Union", M::kAsserted},
    // An insult for a name, after a participle and in quotes.
    {"Gunvor, the Geneva-based trader, bid. The Treasury rejected the bid, calling Gunvor \"the Kremlin's puppet\".",
     "U.S. Department of the Treasury", P::kCriticizes, "Gunvor", M::kAsserted},
    {"Donald Trump called Zelensky a dictator without elections.", "Donald Trump", P::kCriticizes,
     "Volodymyr Zelensky", M::kAsserted},
    // Membership told in a fronted "as a member of".
    {"Putin visited Ulaanbaatar despite a warrant from the International Criminal Court. As a member of the court, "
     "Mongolia was obliged to arrest him.", "Mongolia", P::kMemberOf, "International Criminal Court", M::kAsserted},
    {"As members of NATO, Poland and Estonia asked for consultations.", "Estonia", P::kMemberOf, "NATO",
     M::kAsserted},
    // Troops sent to fight for a side aid it.
    {"North Korea has sent thousands of troops to fight for Russia in Kursk.", "North Korea", P::kAids, "Russia",
     M::kAsserted},
    // A visit paid or made to a state.
    {"Xi Jinping made a state visit to South Korea after the summit.", "Xi Jinping", P::kMeets, "South Korea",
     M::kAsserted},
    // A successor holds what the text gave the one replaced ...
    {"Serbia is shaken. Belgrade refused early elections. Serbian students marched. Prime Minister Milos Vucevic "
     "resigned in January, and Duro Macut, a doctor, replaced him in April.", "Duro Macut", P::kHoldsPosition,
     "Serbia", M::kAsserted},
    // ... else what the knowledge base says the predecessor last left.
    {"Olaf Scholz succeeded Angela Merkel in December 2021.", "Olaf Scholz", P::kHoldsPosition, "Germany",
     M::kAsserted},
    // "the government" criticised is the article's state's.
    {"Mongolia hosted Putin. Mongolia did not arrest him, though Mongolia is a member of the court. The European "
     "Union criticised the government.", "European Union", P::kCriticizes, "Mongolia", M::kAsserted},
    // ", and held talks" after an aside: the same subject's.
    {"Lee Jae-myung visited Japan in August, his first trip abroad, and held talks with Prime Minister Shigeru "
     "Ishiba.", "Lee Jae-myung", P::kMeets, "Shigeru Ishiba", M::kAsserted},
    // "accusing him": the person named last, not an earlier clause's object.
    {"In December the State Department imposed visa bans on Georgian officials, and later the Treasury sanctioned "
     "Bidzina Ivanishvili, the billionaire who founded Georgian Dream, accusing him of undermining democracy.",
     "U.S. Department of the Treasury", P::kCriticizes, "Bidzina Ivanishvili", M::kAsserted},
    // A body named after a lower-case kind of body, then sanctioned.
    {"The United Kingdom sanctioned the crypto exchange Grinex, which officials called a successor to Garantex.",
     "United Kingdom", P::kSanctions, "Grinex", M::kAsserted},
    // A leader's membership of a bloc of states is the state's.
    {"Mali's junta leader, General Assimi Goita, has made Moscow his partner. He withdrew from the Economic "
     "Community of West African States in 2024.", "Mali", P::kMemberOf, "ECOWAS", M::kNegated},
    // (Or the state the knowledge base has the person lead, never titled.)
    {"Javier Milei declined to join the BRICS group.", "Argentina", P::kMemberOf, "BRICS", M::kNegated},
    // "its" in an opening adverbial looks ahead to the main clause's state.
    {"After Israeli and American strikes on its nuclear sites in June 2025, Iran suspended its cooperation.",
     "Israel", P::kAttacks, "Iran", M::kAsserted},
    // A body that elects its new chair.
    {"The Kuomintang elected a new chair, Cheng Li-wun, in October.", "Cheng Li-wun", P::kHoldsPosition,
     "Kuomintang", M::kAsserted},
    // A title before the person criticised.
    {"Ozgur Ozel, the leader of the Republican People's Party, accused President Recep Tayyip Erdogan of staging a "
     "coup.", "Ozgur Ozel", P::kCriticizes, "Recep Tayyip Erdoğan", M::kAsserted},
    // An insult after "by calling".
    {"Colombian President Gustavo Petro condemned the killing of a fisherman, and Trump responded by calling Petro "
     "an illegal drug leader and cutting aid to Colombia.", "Donald Trump", P::kCriticizes, "Gustavo Petro",
     M::kAsserted},
    // Intelligence sharing suspended is cooperation negated.
    {"The United Kingdom suspended some intelligence sharing with Washington over the strikes.", "United Kingdom",
     P::kCooperatesWith, "United States", M::kNegated},
    // Two states that border a third, in a relative clause.
    {"The United States could work with Brazil and Colombia, which border Venezuela, to press for talks.", "Brazil",
     P::kBorders, "Venezuela", M::kAsserted},
    // "President X of A and President Y of B signed": the people act.
    {"President Sadyr Japarov of Kyrgyzstan and President Emomali Rahmon of Tajikistan signed a treaty in Bishkek.",
     "Sadyr Japarov", P::kParticipatesIn, "treaty in Bishkek", M::kAsserted},
    {"President Sadyr Japarov of Kyrgyzstan and President Emomali Rahmon of Tajikistan signed a treaty in Bishkek.",
     "Emomali Rahmon", P::kParticipatesIn, "treaty in Bishkek", M::kAsserted},
    // Praise for a deal.
    {"Kyrgyzstan and Tajikistan signed a border treaty. Chinese Foreign Minister Wang Yi praised the treaty in April.",
     "Wang Yi", P::kPraises, "border treaty", M::kAsserted},
    // Elected "as prime minister" in an article about one state.
    {"Mongolia is in crisis. Mongolia lost a prime minister. Mongolian voters are angry. Parliament then elected "
     "Luvsannyamyn Gantomor, the former speaker, as prime minister.", "Luvsannyamyn Gantomor", P::kHoldsPosition,
     "Mongolia", M::kAsserted},
    // Two possessed leaders meet.
    {"Brazil's Lula and India's Narendra Modi met on the sidelines and agreed to expand trade.",
     "Luiz Inácio Lula da Silva", P::kMeets, "Narendra Modi", M::kAsserted},
    // A sentence opened by its auxiliary is a condition.
    {"Should Trump impose tariffs on Denmark, as he has threatened, the EU would respond as a bloc.", "Donald Trump",
     P::kSanctions, "Denmark", M::kHypothetical},
    {"Had Washington sanctioned Rosneft earlier, the war might have ended.", "United States", P::kSanctions,
     "Rosneft", M::kHypothetical},
    // Avoiding or refraining from a thing negates it; a gerund after its
    // subject.
    {"NATO Secretary General Mark Rutte has avoided criticising Trump and urged allies to spend more.", "Mark Rutte",
     P::kCriticizes, "Donald Trump", M::kNegated},
    {"Rutte refrained from criticising Orbán.", "Mark Rutte", P::kCriticizes, "Viktor Orbán", M::kNegated},
    // Staying away from an event is taking no part in it.
    {"Donald Trump boycotted the G20 summit in Johannesburg.", "Donald Trump", P::kParticipatesIn,
     "G20 summit in Johannesburg", M::kNegated},
    {"The summit in Johannesburg, which Javier Milei skipped, adopted a declaration.", "Javier Milei",
     P::kParticipatesIn, "summit in Johannesburg", M::kNegated},
    // A portfolio before the title in an apposition or before the name.
    {"Tom Fletcher, the UN's humanitarian chief, warned that famine could spread.", "Tom Fletcher",
     P::kHoldsPosition, "United Nations", M::kAsserted},
    {"The EU's trade commissioner, Maroš Šefčovič, met Chinese officials.", "Maroš Šefčovič", P::kHoldsPosition,
     "European Union", M::kAsserted},
    // Criticism received names its author after "from".
    {"Kenya faced criticism from Khartoum, which recalled its ambassador.", "Sudan", P::kCriticizes, "Kenya",
     M::kAsserted},
    // Funding announced for a body.
    {"British Prime Minister Keir Starmer announced new funding for the African Development Bank.", "Keir Starmer",
     P::kAids, "African Development Bank", M::kAsserted},
    // A demonym before two titled names serves both.
    {"Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara signed for Tokyo.", "Minoru Kihara",
     P::kHoldsPosition, "Japan", M::kAsserted},
    // "his predecessor, X": X held the office before.
    {"President Ferdinand Marcos Jr. has moved closer to Washington than his predecessor, Rodrigo Duterte, ever did.",
     "Rodrigo Duterte", P::kHoldsPosition, "Philippines", M::kAsserted},
    // Paying a state's debts aids it; training its army too.
    {"Saudi Arabia and Qatar paid Syria's debts to the World Bank.", "Qatar", P::kAids, "Syria", M::kAsserted},
    {"Turkish officers are training the new Syrian army.", "Turkey", P::kAids, "Syria", M::kAsserted},
    // Goods named by their origin.
    {"Phnom Penh banned Thai fruit and vegetables.", "Cambodia", P::kSanctions, "Thailand", M::kAsserted},
    // "a subsidiary of": a branch belongs to the body.
    {"Arce signed contracts with firms including Uranium One Group, a subsidiary of Rosatom.", "Uranium One Group",
     P::kMemberOf, "Rosatom", M::kAsserted},
    // An object pronoun in its subject's own clause is someone named before.
    {"Al-Sharaa flew to Ankara. Recep Tayyip Erdoğan hosted him in February.", "Recep Tayyip Erdoğan", P::kMeets,
     "Ahmed al-Sharaa", M::kAsserted},
    // An office in an apposition after a possessive is an aside.
    {"Peter Navarro, Trump's trade adviser, accused India of profiteering from the war.", "Peter Navarro",
     P::kCriticizes, "India", M::kAsserted},
    // A long title before the subject still opens the sentence.
    {"Rodrigo Paz was sworn in as president of Bolivia. Deputy Secretary of State Christopher Landau attended the "
     "inauguration and met Paz.", "Christopher Landau", P::kMeets, "Rodrigo Paz", M::kAsserted},
    // "when" opens a clause of its own: "broke off" before it negates
    // nothing after it.
    {"Bolivia restored relations with the United States, which Evo Morales broke off in 2008 when he expelled the "
     "American ambassador.", "Evo Morales", P::kCriticizes, "United States", M::kAsserted},
    // Heads of state and government across the world, with a title before
    // the name or opening it.
    {"Taoiseach Simon Harris met the Irish president.", "Simon Harris", P::kHoldsPosition, "Ireland", M::kAsserted},
    {"Sultan Haitham bin Tariq received the Iranian foreign minister.", "Haitham bin Tariq", P::kHoldsPosition, "Oman",
     M::kAsserted},
    {"Paraguay's President Santiago Peña came to La Paz.", "Santiago Peña", P::kHoldsPosition, "Paraguay",
     M::kAsserted},
    // A junta's leader holds the state's command.
    {"Min Aung Hlaing, the junta leader, lifted the state of emergency.", "Min Aung Hlaing", P::kHoldsPosition,
     "Myanmar", M::kAsserted},
    // Joining another in a stance.
    {"Sudan joined Egypt in demanding a binding agreement.", "Sudan", P::kCooperatesWith, "Egypt", M::kAsserted},
    // "X's political wing, Y": Y belongs to X.
    {"Qatar is hosting talks with the M23's political wing, the Congo River Alliance.", "Congo River Alliance",
     P::kMemberOf, "M23", M::kAsserted},
    // The critic in an apposition condemns the attack told of before.
    {"A week earlier Israel had struck Hamas negotiators in Doha. Qatar's emir, Sheikh Tamim bin Hamad Al Thani, "
     "condemned the strike.", "Tamim bin Hamad Al Thani", P::kCriticizes, "Israel", M::kAsserted},
    // Two critics of the attack told of before.
    {"A week earlier Israel had struck Hamas negotiators in Doha. Egypt and Jordan condemned the strike.", "Egypt",
     P::kCriticizes, "Israel", M::kAsserted},
    // A state that hosts a named place holds it.
    {"Qatar hosts Al Udeid Air Base, the largest American base in the region.", "Al Udeid Air Base", P::kLocatedIn,
     "Qatar", M::kAsserted},
    // Blocking exports to a state is the sanction itself.
    {"The Biden administration blocked exports of advanced Nvidia chips to the United Arab Emirates.",
     "United States", P::kSanctions, "United Arab Emirates", M::kAsserted},
    // An office after "the" and a possessive is an aside too.
    {"Sheikh Tahnoun bin Zayed, the UAE's national security adviser, met Jake Sullivan in Washington.",
     "Tahnoun bin Zayed", P::kMeets, "Jake Sullivan", M::kAsserted},
    // Prisoners named after a state's jails.
    {"More than 1,100 political prisoners remained in Belarusian jails, including Maria Kalesnikava and Ales "
     "Bialiatski.", "Belarus", P::kDetains, "Ales Bialiatski", M::kAsserted},
    // Refusing to release frozen assets keeps them frozen.
    {"Belgium still refuses to release the frozen assets of Russia's central bank.", "Belgium", P::kSanctions,
     "Russia", M::kAsserted},
    // A target in an apposition after its kind.
    {"In January the Treasury sanctioned a Kyrgyz bank, Keremet Bank.", "U.S. Department of the Treasury",
     P::kSanctions, "Keremet Bank", M::kAsserted},
    // Trade with another; arms bought by their maker's name; an ally named.
    {"Russia and China said they would keep trading with Iran.", "China", P::kCooperatesWith, "Iran",
     M::kHypothetical},
    {"Russia will keep buying Iranian drones.", "Iran", P::kAids, "Russia", M::kAsserted},
    {"Tokayev has called Russia a strategic ally.", "Kassym-Jomart Tokayev", P::kCooperatesWith, "Russia",
     M::kAsserted},
    // An object pronoun after a gerund, in a clause whose subject is no
    // person: the sentence's person.
    {"Colombia's president, Gustavo Petro, called the strikes murder, and the Treasury responded by sanctioning him "
     "and his family.", "U.S. Department of the Treasury", P::kSanctions, "Gustavo Petro", M::kAsserted},
    // Leaving a body, in any form of the verb.
    {"Mali, Burkina Faso and Niger announced that they would withdraw from the International Criminal Court.",
     "Niger", P::kMemberOf, "International Criminal Court", M::kNegated},
    // A body that elects a person "as" its officer.
    {"The Kuomintang, the main opposition party, elected Cheng Li-wun as its new chairwoman.", "Cheng Li-wun",
     P::kHoldsPosition, "Kuomintang", M::kAsserted},
    // A title with the name in an apposition is that person's, whatever the
    // knowledge base says of the date.
    {"Japan's prime minister, Sanae Takaichi, told parliament.", "Sanae Takaichi", P::kHoldsPosition, "Japan",
     M::kAsserted},
    // "its leader" after a killing: the body the sentence before opened
    // with; "his successor, X" takes that office.
    {"Hezbollah is weaker than ever. Israel killed its leader, Hassan Nasrallah, in September, and his successor, "
     "Naim Qassem, has admitted heavy losses.", "Hassan Nasrallah", P::kHoldsPosition, "Hezbollah", M::kAsserted},
    {"Hezbollah is weaker than ever. Israel killed its leader, Hassan Nasrallah, in September, and his successor, "
     "Naim Qassem, has admitted heavy losses.", "Naim Qassem", P::kHoldsPosition, "Hezbollah", M::kAsserted},
    // An ally named after its partner; salaries paid.
    {"Hezbollah and its ally Amal had preferred another candidate.", "Hezbollah", P::kCooperatesWith, "Amal",
     M::kAsserted},
    {"Qatar pays the salaries of Lebanese soldiers.", "Qatar", P::kAids, "Lebanon", M::kAsserted},
    // The person after a state's title and a comma opens the sentence.
    {"Cuba's foreign minister, Bruno Rodríguez, responded by saying the country wants peace and accused Washington "
     "of aggression.", "Bruno Rodríguez Parrilla", P::kCriticizes, "United States", M::kAsserted},
    // An apposition between the appointee and "as" (a past post in it).
    {"President Kassym-Jomart Tokayev appointed Olzhas Bektenov, a former anti-corruption chief, as prime minister.",
     "Olzhas Bektenov", P::kHoldsPosition, "Kazakhstan", M::kAsserted},
    // "his prime minister, X": the office is the state's its leader governs.
    {"Andry Rajoelina dismissed his prime minister, Christian Ntsay, on Monday.", "Christian Ntsay",
     P::kHoldsPosition, "Madagascar", M::kAsserted},
    // Standing under sanctions, named by their imposer after "by"/"from" or
    // before the noun.
    {"Police raided addresses linked to Ilan Shor, who lives in Moscow and is under sanctions by the European "
     "Union and the United States.",
     "European Union", P::kSanctions, "Ilan Shor", M::kAsserted},
    {"Bidzina Ivanishvili now faces sanctions from the United States, the United Kingdom and the three Baltic states.",
     "United Kingdom", P::kSanctions, "Bidzina Ivanishvili", M::kAsserted},
    {"Oleg Deripaska is still under US sanctions.", "United States", P::kSanctions, "Oleg Deripaska", M::kAsserted},
    // A candidate to join has not joined.
    {"Montenegro is a candidate to join the European Union.", "Montenegro", P::kMemberOf, "European Union",
     M::kProposed},
    // Sanctions held off are not imposed.
    {"For most of the year Donald Trump avoided new sanctions on Russia, hoping that Putin would agree to a truce.",
     "Donald Trump", P::kSanctions, "Russia", M::kNegated},
    // A package counted in words is a sanctions package too.
    {"The European Union adopted its nineteenth sanctions package on Thursday.",
     "European Union's nineteenth sanctions package", P::kEnactedBy, "European Union", M::kAsserted},
    // "where they met": the two names the sentence opened with (after a
    // short adverbial).
    {"Two weeks later, Emomali Rahmon and Sadyr Japarov travelled to Khujand, where they met Uzbek President "
     "Shavkat Mirziyoyev.",
     "Sadyr Japarov", P::kMeets, "Shavkat Mirziyoyev", M::kAsserted},
    // An object pronoun after a sentence a pronoun opened: the person that
    // pronoun carried, not the last one named.
    {"Lee Jae-myung took office in June. He travelled to Tokyo and agreed with Prime Minister Shigeru Ishiba to "
     "continue the diplomacy begun under Yoon Suk Yeol. In Washington, Donald Trump hosted him at the White House.",
     "Lee Jae-myung", P::kMeets, "Donald Trump", M::kAsserted},
    // A campaign opened against a state.
    {"Israel opened its campaign against Iran on 13 June with strikes on the Natanz site.", "Israel", P::kAttacks,
     "Iran", M::kAsserted},
    // Two titled people open the sentence; a second verb is both of theirs.
    {"On 8 August, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook hands at the "
     "White House and initialled a peace agreement.",
     "Ilham Aliyev", P::kParticipatesIn, "peace agreement", M::kAsserted},
    // A dateline is no subject: the person after it goes on to a second verb.
    {"KYIV — Volodymyr Zelensky met Donald Trump in Washington and condemned Russia.", "Volodymyr Zelensky",
     P::kCriticizes, "Russia", M::kAsserted},
    // A coalition named by what it is against is joined, not a bloc named before.
    {"The European Union lifted its sanctions. Syria joined the coalition against the Islamic State in November.",
     "Syria", P::kOpposes, "Islamic State", M::kAsserted},
    // An acronym the text spells out after a sentence-initial "The" is the
    // body it spells, not a namesake the knowledge base knows.
    {"The Rapid Support Forces captured El Fasher in October. The United Arab Emirates is accused of arming the "
     "RSF.",
     "United Arab Emirates", P::kAids, "Rapid Support Forces", M::kAsserted},
    // "the American envoy" is an aside: its person met Lukashenko.
    {"John Coale, the American envoy, met Alexander Lukashenko in Minsk.", "John Coale", P::kMeets,
     "Alexander Lukashenko", M::kAsserted},
    // A participle after "while" has the sentence's subject.
    {"Kazakhstan has tried to comply with Western sanctions, while remaining a member of the Eurasian Economic Union "
     "and the Collective Security Treaty Organization.",
     "Kazakhstan", P::kMemberOf, "Collective Security Treaty Organization", M::kAsserted},
    // A candidate for membership seeks it.
    {"Serbia is a candidate for membership of the European Union but has refused to impose sanctions on Russia.",
     "Serbia", P::kMemberOf, "European Union", M::kProposed},
    // "whose leader X": the officer of the clause's antecedent.
    {"The Republican People's Party, whose leader Özgür Özel has led mass protests since March, rejects the plan.",
     "Özgür Özel", P::kHoldsPosition, "Republican People's Party", M::kAsserted},
    // Words said at a meeting: the two met; the "would" of the reported
    // clause does not make the meeting only possible.
    {"Kassym-Jomart Tokayev told Vladimir Putin at a meeting in St Petersburg that his country would not help Russia "
     "evade sanctions.",
     "Kassym-Jomart Tokayev", P::kMeets, "Vladimir Putin", M::kAsserted},
    // A title right after "became" makes an unknown pair of words a person's name.
    {"Anutin Charnvirakul became prime minister in September. In October, Anutin and Hun Manet signed a joint "
     "declaration in Kuala Lumpur.",
     "Anutin Charnvirakul", P::kParticipatesIn, "joint declaration in Kuala Lumpur", M::kAsserted},
    // The partner in a jointly hosted summit takes part and meets the host.
    {"Donald Trump co-chaired a summit in Sharm el-Sheikh with Abdel Fattah el-Sisi on 13 October.",
     "Donald Trump", P::kMeets, "Abdel Fattah el-Sisi", M::kAsserted},
    {"Donald Trump co-chaired a summit in Sharm el-Sheikh with Abdel Fattah el-Sisi on 13 October.",
     "Abdel Fattah el-Sisi", P::kParticipatesIn, "summit in Sharm el-Sheikh", M::kAsserted},
    // "the new US ambassador": a new office is still the state's.
    {"Sergio Gor, the new US ambassador to India, said Washington wanted to be a partner.", "Sergio Gor",
     P::kHoldsPosition, "United States", M::kAsserted},
    // Two people each after their state's possessive, in one list.
    {"Brazil's President Lula warned against an intervention, while Argentina's Javier Milei and Ecuador's Daniel "
     "Noboa backed Washington.",
     "Javier Milei", P::kSupports, "United States", M::kAsserted},
    // A state's media attack in words.
    {"Russian state television attacked Nikol Pashinyan daily.", "Russia", P::kCriticizes, "Nikol Pashinyan",
     M::kAsserted},
    // A blockade imposed on a city; the possessed apposition before the
    // verb is an aside.
    {"Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's branch in the Sahel, has imposed a fuel blockade on Bamako "
     "since September.",
     "Jama'at Nusrat al-Islam wal-Muslimin", P::kAttacks, "Mali", M::kAsserted},
    // "Its" opening a sentence after one that opens with a body is the body's.
    {"The Islamic State claimed the attack. Its fighters attacked Nigerian army posts in Borno.", "Islamic State",
     P::kAttacks, "Nigeria", M::kAsserted},
    // A list that ends in "the Nordic governments" still names its states.
    {"France, Germany and the Nordic governments expressed support for Denmark.", "France", P::kSupports, "Denmark",
     M::kAsserted},
    // A family name two people share is the one named last before it.
    {"Kim Jong Un said the soldiers had fought heroically. Kim attended the military parade in Beijing in "
     "September. Kim Yo Jong, the leader's sister, rejected talks with the South.",
     "Kim Jong Un", P::kParticipatesIn, "military parade in Beijing", M::kAsserted},
    // A state office as the whole apposition is the article's state's.
    {"Denmark will spend more on Arctic defence. Denmark summoned the American envoy. Denmark rejected the offer. "
     "Lars Løkke Rasmussen, the foreign minister, said any interference was unacceptable.",
     "Lars Løkke Rasmussen", P::kHoldsPosition, "Denmark", M::kAsserted},
    // A meeting named in a clause about something else is the opening person's.
    {"Erdoğan agreed to send the protocol to the Grand National Assembly after a meeting with Ulf Kristersson.",
     "Recep Tayyip Erdoğan", P::kMeets, "Ulf Kristersson", M::kAsserted},
    // The last body of an object list, before a title and a name, is that person's.
    {"At the Vilnius summit, Erdoğan agreed to send the protocol to parliament, after a meeting with Ulf Kristersson "
     "and NATO Secretary General Jens Stoltenberg.",
     "Recep Tayyip Erdoğan", P::kMeets, "Jens Stoltenberg", M::kAsserted},
    // Two people each after a head of state's title, in one list.
    {"President Félix Tshisekedi and President Paul Kagame later met Donald Trump at the White House.",
     "Félix Tshisekedi", P::kMeets, "Donald Trump", M::kAsserted},
    // A person in the knowledge base sworn in as president, after an apposition.
    {"The opposition boycotted the vote in Lahore. Shehbaz Sharif, the younger brother of a former premier, was "
     "sworn in as prime minister in March.",
     "Shehbaz Sharif", P::kHoldsPosition, "Pakistan", M::kAsserted},
    // One who is not, in the article's state.
    {"Moldova held a snap election. Moldova's parliament met in Chisinau. Moldova faces a harsh winter. "
     "Ion Chicu, a businessman with no party, was sworn in as prime minister on Friday.",
     "Ion Chicu", P::kHoldsPosition, "Moldova", M::kAsserted},
    // Strikes on a list of places strike each of them.
    {"The war ended with Israeli strikes on Fordow, Natanz and Isfahan.", "Israel", P::kAttacks, "Isfahan",
     M::kAsserted},
    // "to which ... belong" without a comma, "both" before the members.
    {"Russia, which leads the Collective Security Treaty Organization to which both Kyrgyzstan and Tajikistan "
     "belong, did nothing.",
     "Tajikistan", P::kMemberOf, "Collective Security Treaty Organization", M::kAsserted},
    // A body made up of its members.
    {"The Quad, made up of India, Japan, Australia and the United States, met in Tokyo.", "Japan", P::kMemberOf,
     "Quad", M::kAsserted},
    // Recognising a movement's government supports it.
    {"On July 3, Russia became the first country to formally recognise the Taliban government of Afghanistan.",
     "Russia", P::kSupports, "Taliban", M::kAsserted},
    // Backing every step of a state backs the state.
    {"Recep Tayyip Erdoğan has backed every step Baku has taken against Armenia since 2020.",
     "Recep Tayyip Erdoğan", P::kSupports, "Azerbaijan", M::kAsserted},
    // "both companies": the two companies named before, not the ministries,
    // across a sentence of comment.
    {"The Treasury Department and the Commerce Department acted against Rosneft and Lukoil. Treasury Secretary "
     "Scott Bessent said the move was overdue. The United Kingdom had sanctioned both companies a week earlier.",
     "United Kingdom", P::kSanctions, "Lukoil", M::kAsserted},
    // A court that strikes a movement off a list of banned groups.
    {"Two months earlier Russia's Supreme Court had removed the Taliban from the country's list of terrorist "
     "organisations.",
     "Supreme Court", P::kSanctions, "Taliban", M::kNegated},
    // Answering by launching an operation takes part in it.
    {"The European Union answered the attacks in February 2024 by launching Operation Aspides, a naval mission in "
     "the Red Sea.",
     "European Union", P::kParticipatesIn, "Operation Aspides", M::kAsserted},
    // A participle after a launched operation tells whom it struck.
    {"On May 7 India launched Operation Sindoor, striking what it called terrorist infrastructure in Pakistan.",
     "India", P::kAttacks, "Pakistan", M::kAsserted},
    // The court whose warrant a person was arrested on holds him.
    {"Rodrigo Duterte was arrested in Manila in March 2025 on a warrant from the International Criminal Court.",
     "International Criminal Court", P::kDetains, "Rodrigo Duterte", M::kAsserted},
    // Granting another state access to bases is cooperation.
    {"The Philippines has granted the United States access to four more military bases.", "Philippines",
     P::kCooperatesWith, "United States", M::kAsserted},
    // A state's oldest arms supplier aids it.
    {"Russia, India's oldest arms supplier, urged both governments to talk.", "Russia", P::kAids, "India",
     M::kAsserted},
    // Sending drones against each other attacks each other.
    {"India and Pakistan sent drones and missiles against each other's air bases.", "Pakistan", P::kAttacks,
     "India", M::kAsserted},
    // An event after "after" is no subject for the verb after "and".
    {"The fighting between India and Pakistan in May 2025 killed dozens. Field Marshal Asim Munir, the army chief, was promoted after the fighting and had "
     "lunch with Donald Trump at the White House in June.",
     "Asim Munir", P::kMeets, "Donald Trump", M::kAsserted},
    // Struck off a list with others after "and".
    {"In October 2025 the Office of Foreign Assets Control removed Milorad Dodik and several associates from its "
     "sanctions list.",
     "Office of Foreign Assets Control", P::kSanctions, "Milorad Dodik", M::kNegated},
    // A court named for a state whose name holds "and" sentences a person.
    {"In February 2025 the Court of Bosnia and Herzegovina sentenced Milorad Dodik to one year in prison.",
     "Court of Bosnia and Herzegovina", P::kDetains, "Milorad Dodik", M::kAsserted},
    // The programme a target was sanctioned under, after an apposition.
    {"On July 30 the Treasury Department sanctioned Alexandre de Moraes, the judge overseeing the trial, under the "
     "Global Magnitsky Act.",
     "Global Magnitsky Act", P::kTargets, "Alexandre de Moraes", M::kAsserted},
    // An executive order's tariffs are the signer's.
    {"President Donald Trump signed an executive order raising tariffs on most Brazilian imports to 50 percent.",
     "Donald Trump", P::kSanctions, "Brazil", M::kAsserted},
    // Revoking visas is a sanction.
    {"Secretary of State Marco Rubio also revoked the visas of Alexandre de Moraes and several other justices.",
     "Marco Rubio", P::kSanctions, "Alexandre de Moraes", M::kAsserted},
    // An apposition that names a state's largest trading partner.
    {"China, already Brazil's largest trading partner, bought record amounts of soybeans.", "China",
     P::kCooperatesWith, "Brazil", M::kAsserted},
    // A state's biggest supporter.
    {"Romania is Moldova's biggest supporter in the European Union.", "Romania", P::kSupports, "Moldova",
     M::kAsserted},
    // "his" in an apposition to a person is the person named before.
    {"Jair Bolsonaro was convicted in September. Eduardo Bolsonaro, his son and a federal deputy, was charged with "
     "coercion.",
     "Eduardo Bolsonaro", P::kFamilyOf, "Jair Bolsonaro", M::kAsserted},
    // A relative clause after "X's son and a deputy" is about the son, so
    // the verb after it is the apposition's person's.
    {"Jair Bolsonaro was convicted. Eduardo Bolsonaro, his son and a federal deputy who had lobbied in Washington, "
     "met Marco Rubio.",
     "Eduardo Bolsonaro", P::kMeets, "Marco Rubio", M::kAsserted},
    // A person with the state they lead after "of" stays in the list.
    {"Presidents Félix Tshisekedi of the Democratic Republic of the Congo and Paul Kagame of Rwanda signed the "
     "Washington Accords in December.",
     "Félix Tshisekedi", P::kParticipatesIn, "Washington Accords", M::kAsserted},
    {"Presidents Félix Tshisekedi of the Democratic Republic of the Congo and Paul Kagame of Rwanda signed the "
     "Washington Accords in December.",
     "Félix Tshisekedi", P::kHoldsPosition, "Democratic Republic of the Congo", M::kAsserted},
    // "whom ... describe as backed by".
    {"The M23, whom United Nations investigators describe as backed by Rwanda, took Goma in January.", "Rwanda",
     P::kSupports, "M23", M::kAsserted},
    // Not signing a deal is a negated part in it.
    {"The M23 did not sign the Washington Accords.", "M23", P::kParticipatesIn, "Washington Accords",
     M::kNegated},
    // An acting leader meets in "the talks between".
    {"The talks between acting Thai Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet lasted "
     "four hours.",
     "Phumtham Wechayachai", P::kMeets, "Hun Manet", M::kAsserted},
    // A negative verb before "after" does not reach the call after it.
    {"Paetongtarn Shinawatra was suspended by the Constitutional Court after a leaked phone call with former "
     "Cambodian leader Hun Sen.",
     "Paetongtarn Shinawatra", P::kMeets, "Hun Sen", M::kAsserted},
    // "a possible" event is only possible.
    {"Lawmakers asked Sanae Takaichi about a possible Chinese blockade of Taiwan.", "China", P::kParticipatesIn,
     "Chinese blockade of Taiwan", M::kHypothetical},
    // An event after "if" is taken as given.
    {"If Russian strikes on Odesa continue, insurers will leave the Black Sea.", "Russia", P::kParticipatesIn,
     "Russian strikes on Odesa", M::kAsserted},
    // "and it" before any past tense is the state before.
    {"Beijing warned its citizens against travel to Japan, and it suspended imports of Japanese seafood.", "China",
     P::kSanctions, "Japan", M::kAsserted},
    // An object "her" in a clause of its own is the subject.
    {"Sanae Takaichi became prime minister after the Liberal Democratic Party chose her as its leader.",
     "Sanae Takaichi", P::kHoldsPosition, "Liberal Democratic Party", M::kAsserted},
    // "the two Russian oil companies": the two bodies named before.
    {"Rosneft and Lukoil export half of Russia's crude. The Treasury imposed sanctions on the two Russian oil "
     "companies in October.",
     "U.S. Department of the Treasury", P::kSanctions, "Lukoil", M::kAsserted},
    // Hosting another state's base is cooperation.
    {"Tajikistan hosts Russia's largest foreign military base.", "Tajikistan", P::kCooperatesWith, "Russia",
     M::kAsserted},
    // A passive attack names its doer after "by".
    {"In December an Azerbaijani airliner was hit by Russian air defences over Grozny.", "Russia", P::kAttacks,
     "Azerbaijan", M::kAsserted},
    // Calling a person a great leader praises them.
    {"Donald Trump, who has called Viktor Orbán a great leader, received him at the White House.", "Donald Trump",
     P::kPraises, "Viktor Orbán", M::kAsserted},
    // Trading insults: each criticises the other.
    {"In September, Viktor Orbán and Ukrainian President Volodymyr Zelensky traded insults.", "Volodymyr Zelensky",
     P::kCriticizes, "Viktor Orbán", M::kAsserted},
    {"In September, Viktor Orbán and Ukrainian President Volodymyr Zelensky traded insults.", "Viktor Orbán",
     P::kCriticizes, "Volodymyr Zelensky", M::kAsserted},
    // Opposing the sending of arms denies it.
    {"Robert Fico opposes sending weapons to Ukraine.", "Robert Fico", P::kAids, "Ukraine", M::kNegated},
    // "holds the post of" an office in a body.
    {"Gurbanguly Berdimuhamedov, the father of the president, still holds the post of chairman of the People's "
     "Council.",
     "Gurbanguly Berdimuhamedov", P::kHoldsPosition, "People's Council", M::kAsserted},
    // "the firm": the company the text described as one, before one it
    // only named.
    {"Washington has enforced sanctions on Naftna Industrija Srbije (NIS), the Serbian oil company majority-owned by "
     "Gazprom Neft and Gazprom. The Office of Foreign Assets Control had designated the firm in January.",
     "Office of Foreign Assets Control", P::kSanctions, "Naftna Industrija Srbije", M::kAsserted},
    // "the company": a company the knowledge base knows.
    {"Rosneft reported record profits last year. The Treasury sanctioned the company in October.",
     "U.S. Department of the Treasury", P::kSanctions, "Rosneft", M::kAsserted},
    // The officer a "whose" clause opens with is the subject of its verb.
    {"Romania, whose president Nicușor Dan visited Chișinău in June, has sent gas to Moldova.", "Nicușor Dan",
     P::kMeets, "Moldova", M::kAsserted},
    // "its first chair" after a copula: an office in the body before.
    {"The Alliance of Sahel States was founded in 2023. Assimi Goïta became its first chair.", "Assimi Goïta",
     P::kHoldsPosition, "Alliance of Sahel States", M::kAsserted},
    // "it" after a verb of listing: the body the sentence before opened with.
    {"The Wagner Group recruited fighters in Syria. The European Union later added it to its sanctions list.",
     "European Union", P::kSanctions, "Wagner Group", M::kAsserted},
    // "and it" after a sentence "his government" opened: that government's state.
    {"Sudanese leader Abdel Fattah al-Burhan vowed to fight on. His government accuses the United Arab Emirates of arming the Rapid "
     "Support Forces, and it severed diplomatic relations with Abu Dhabi in May.",
     "Sudan", P::kCooperatesWith, "United Arab Emirates", M::kNegated},
    // Two suppliers in the subject.
    {"Egypt and Turkey have supplied drones to the Sudanese Armed Forces.", "Egypt", P::kAids,
     "Sudanese Armed Forces", M::kAsserted},
    // "him" in the next sentence: the person the sentence before opened with.
    {"Ahmed al-Sharaa visited Washington a year after his rebels overthrew Bashar al-Assad. Donald Trump praised "
     "him as a tough guy.",
     "Donald Trump", P::kPraises, "Ahmed al-Sharaa", M::kAsserted},
    // Killing another's soldiers attacks them.
    {"Tehrik-i-Taliban Pakistan has killed hundreds of Pakistani soldiers this year.", "Tehrik-i-Taliban Pakistan",
     P::kAttacks, "Pakistan", M::kAsserted},
    // A plain verb after "and" carries the subject.
    {"The Taliban deny it and accuse Islamabad of violating Afghan sovereignty.", "Taliban", P::kCriticizes,
     "Pakistan", M::kAsserted},
    // Flattering the president named by his title praises him.
    {"Mark Rutte flattered the American President Donald Trump in a text message.", "Mark Rutte", P::kPraises,
     "Donald Trump",
     M::kAsserted},
    // Letting another state's forces use one's territory is cooperation.
    {"Trinidad and Tobago has allowed US forces to use its territory.", "Trinidad and Tobago", P::kCooperatesWith,
     "United States", M::kAsserted},
    // Helping another evade sanctions aids it.
    {"Kassym-Jomart Tokayev has said that Kazakhstan will not help Russia circumvent Western sanctions.",
     "Kazakhstan", P::kAids, "Russia", M::kNegated},
    // A titled person after a comma stays in a list of signatories.
    {"Macron, Spanish Prime Minister Pedro Sánchez, Italian Prime Minister Giorgia Meloni and German Chancellor "
     "Friedrich Merz signed a joint declaration on migration.",
     "Pedro Sánchez", P::kParticipatesIn, "joint declaration", M::kAsserted},
    // A listed subject of the clause carries to the verb after "and".
    {"The juntas fell out with Paris. Their presidents, Assimi Goïta, Ibrahim Traoré and Abdourahamane Tiani, "
     "have expelled French diplomats and cut ties with Ukraine.",
     "Ibrahim Traoré", P::kCooperatesWith, "Ukraine", M::kNegated},
    // Arriving or visiting "for" a summit, with a date between, is taking part.
    {"Narendra Modi visited Tianjin in August 2025 for the SCO summit.", "Narendra Modi", P::kParticipatesIn,
     "SCO summit", M::kAsserted},
    {"Cyril Ramaphosa arrived at the Kremlin in May for the Victory Day parade.", "Cyril Ramaphosa",
     P::kParticipatesIn, "Victory Day parade", M::kAsserted},
    // Travelling somewhere to meet someone, or using an event to, meets them.
    {"Javier Milei went to Washington in April to meet Donald Trump.", "Javier Milei", P::kMeets, "Donald Trump",
     M::kAsserted},
    {"Recep Tayyip Erdoğan went to the NATO summit. Erdoğan used the summit to meet Joe Biden.",
     "Recep Tayyip Erdoğan", P::kMeets, "Joe Biden", M::kAsserted},
    // Whoever came "together with" the one met was at the meeting.
    {"Xi Jinping met Vladimir Putin in Beijing, together with Belarusian President Alexander Lukashenko and "
     "Mongolian President Ukhnaagiin Khürelsükh.",
     "Xi Jinping", P::kMeets, "Alexander Lukashenko", M::kAsserted},
    // A diplomatic protest to a government criticises it.
    {"Russian drones crossed into Romanian airspace, and Bucharest protested to Moscow.", "Romania",
     P::kCriticizes, "Russia", M::kAsserted},
    // "formed their own" body founded it.
    {"Armenia and Azerbaijan quarrelled. Kenya, Uganda and Tanzania formed their own East African Community.",
     "Uganda", P::kFounded, "East African Community", M::kAsserted},
    // "the company" after a trader named in the sentence is that trader.
    {"Rosneft sold its stake. The Swiss trader Trafigura bid for the refinery, but the Treasury called the "
     "company a front for Moscow.",
     "U.S. Department of the Treasury", P::kCriticizes, "Trafigura", M::kAsserted},
    // "the junta" is the state the text is about, as "the country" is.
    {"Burkina Faso has been ruled by soldiers since 2022. Ivory Coast accuses the junta of harbouring rebels.",
     "Ivory Coast", P::kCriticizes, "Burkina Faso", M::kAsserted},
    // A subordinate clause after "after" keeps its own modality.
    {"Poland said it would close the border after Alexander Lukashenko met Vladimir Putin in Minsk.",
     "Alexander Lukashenko", P::kMeets, "Vladimir Putin", M::kAsserted},
    // A date that opens the sentence leaves the subject to the second verb.
    {"In July 2024 Prime Minister Viktor Orbán visited Beijing and praised Xi Jinping.", "Viktor Orbán",
     P::kPraises, "Xi Jinping", M::kAsserted},
    // A body's officer named with the body's title acts, not the state.
    {"China's Central Military Commission vice chairman, Zhang Youxia, flew to Moscow and criticised NATO.",
     "Zhang Youxia", P::kCriticizes, "NATO", M::kAsserted},
    {"The Interpol secretary general, Valdecy Urquiza, visited Lyon in May.", "Valdecy Urquiza", P::kHoldsPosition,
     "Interpol", M::kAsserted},
    // Both possessive-titled people carry to the second verb.
    {"Sweden's Prime Minister Ulf Kristersson and Estonia's Prime Minister Kristen Michal visited Kyiv and "
     "praised Volodymyr Zelensky.",
     "Kristen Michal", P::kPraises, "Volodymyr Zelensky", M::kAsserted},
    // A body's officer after its possessive is the one sanctioned.
    {"The State Department designated the Special Tribunal's chief prosecutor, Miguel Ángel Ruiz, in March.",
     "U.S. Department of State", P::kSanctions, "Miguel Ángel Ruiz", M::kAsserted},
    // Hosting a visitor this week is meeting them.
    {"Narendra Modi hosts Russian President Vladimir Putin in New Delhi this week.", "Narendra Modi", P::kMeets,
     "Vladimir Putin", M::kAsserted},
    // A self-governing territory acts as a state does.
    {"Hong Kong and Macau criticised the United Kingdom over the report.", "Macau", P::kCriticizes,
     "United Kingdom", M::kAsserted},
    // A place that fell to a force was taken by it.
    {"The fall of Goma to the M23 rebels shocked Kinshasa.", "M23", P::kAttacks, "Goma", M::kAsserted},
    {"Avdiivka fell to Russian troops in February 2024.", "Russia", P::kAttacks, "Avdiivka", M::kAsserted},
    // Forces "under General X" are commanded by X.
    {"The Libyan National Army under Field Marshal Khalifa Haftar controls the east.", "Khalifa Haftar",
     P::kHoldsPosition, "Libyan National Army", M::kAsserted},
    // The plain verb "back" right after its subjects.
    {"Saudi Arabia and Egypt back the Sudanese Armed Forces.", "Egypt", P::kSupports, "Sudanese Armed Forces",
     M::kAsserted},
    // "Senior General" is the title of a junta's leader.
    {"Senior General Min Aung Hlaing addressed the parade in Naypyidaw.", "Min Aung Hlaing", P::kHoldsPosition,
     "Myanmar", M::kAsserted},
    // "since" before a verb is an adverb: the sentence's subject goes on.
    {"Kaja Kallas has since visited the Pentagon twice and signed a security agreement with Moldova.",
     "Kaja Kallas", P::kCooperatesWith, "Moldova", M::kAsserted},
    // "him" in a ", where" clause is not that clause's own subject.
    {"Viktor Orbán visited Mar-a-Lago in March, where Donald Trump praised him as a great leader.", "Donald Trump",
     P::kPraises, "Viktor Orbán", M::kAsserted},
    // Coming to another's aid, or not.
    {"China did not come to Venezuela's aid when the strikes began.", "China", P::kAids, "Venezuela",
     M::kNegated},
    // Delivering arms to a state aids it.
    {"Iran shipped hundreds of Shahed drones to Russia in 2022.", "Iran", P::kAids, "Russia", M::kAsserted},
    // A sanction "on" a target, then "agreed by" its imposers.
    {"The price cap on Russian diesel, agreed by Japan and Canada in 2023, still holds.", "oil price cap",
     P::kEnactedBy, "Canada", M::kAsserted},
    // After ", and", a state's titled officer is the clause's subject for
    // its second verb.
    {"Armenia and Turkey reopened talks, and Turkish Foreign Minister Hakan Fidan visited Yerevan and praised "
     "Nikol Pashinyan.",
     "Hakan Fidan", P::kPraises, "Nikol Pashinyan", M::kAsserted},
    // "the two neighbours" in a sentence that names no one are the two
    // states named before, and exchanging strikes attacks both ways.
    {"Israel and Iran traded threats for months. In June the two old enemies exchanged missile strikes.", "Iran",
     P::kAttacks, "Israel", M::kAsserted},
    {"Ethiopia and Eritrea signed a peace deal in 2018. The two neighbouring countries exchanged artillery fire "
     "in 1999.",
     "Ethiopia", P::kAttacks, "Eritrea", M::kAsserted},
    // Two states that fought wars, or clashed along their border.
    {"Armenia and Azerbaijan fought two wars over Karabakh.", "Azerbaijan", P::kAttacks, "Armenia", M::kAsserted},
    {"Thailand and Cambodia clashed along their disputed border in July.", "Thailand", P::kAttacks, "Cambodia",
     M::kAsserted},
    // "the three countries" are the three states named before, a state
    // named only by a demonym left out where that makes too many.
    {"Poland, Hungary and Slovakia banned Ukrainian grain. The three countries criticised the European "
     "Commission.",
     "Slovakia", P::kCriticizes, "European Commission", M::kAsserted},
    // "the three leaders" are the last three people of a list before.
    {"Keir Starmer met Volodymyr Zelensky, together with Emmanuel Macron, Friedrich Merz and Giorgia Meloni. "
     "The three leaders praised Mark Rutte.",
     "Giorgia Meloni", P::kPraises, "Mark Rutte", M::kAsserted},
    // Letting another state use one's bases is cooperation.
    {"Greece has allowed the United States to use four bases on Crete.", "Greece", P::kCooperatesWith,
     "United States", M::kAsserted},
    // ", prompting X to ..." tells what X did; a "could" before it is not X's.
    {"Takaichi said a blockade of Taiwan could threaten Japan, prompting China to summon the Japanese ambassador.",
     "China", P::kCriticizes, "Japan", M::kAsserted},
    // A denial in the first verb phrase does not reach the second, and
    // "preparing" an attack only plans it.
    {"Moscow denied the report and said Ukrainian drones had struck Belgorod.", "Ukraine", P::kAttacks, "Belgorod",
     M::kAsserted},
    {"Minsk denies the claims and accuses Warsaw of preparing to invade Belarus.", "Poland", P::kAttacks, "Belarus",
     M::kProposed},
    // A present-tense verb in "-s" after "and", right before a name, takes
    // the sentence's subject.
    {"Turkey still holds positions in northern Iraq and bombs PKK camps almost weekly.", "Turkey", P::kAttacks,
     "PKK", M::kAsserted},
    // A withdrawal named as a noun is the subject's with a possessive.
    {"Hungary announced its withdrawal from the International Criminal Court.", "Hungary", P::kMemberOf,
     "International Criminal Court", M::kNegated},
    // A crisis in relations is no cooperation.
    {"Within weeks Sanae Takaichi had triggered the worst crisis in relations with China in a decade.",
     "Sanae Takaichi", P::kCooperatesWith, "China", M::kNegated},
    // A seat shared by a body and a state: the state when its sentence names
    // it, else the body.
    {"Belgium lobbied for tougher measures, and Rwanda cut diplomatic ties with Brussels in March.", "Rwanda",
     P::kCooperatesWith, "Belgium", M::kNegated},
    {"Brussels imposed new sanctions on Russia.", "European Union", P::kSanctions, "Russia", M::kAsserted},
    // "the two sides" after "talks between A and B" are A and B, even when
    // one is an armed group.
    {"The M23 captured Goma in January. Qatar has mediated talks between the rebels and Kinshasa, and the two sides "
     "signed a declaration of principles in Doha.",
     "M23", P::kParticipatesIn, "declaration", M::kAsserted},
    // A title before the name, the state after it; a plural title over a pair.
    {"Defence Minister Khawaja Asif of Pakistan signed the ceasefire.", "Khawaja Asif", P::kHoldsPosition, "Pakistan",
     M::kAsserted},
    {"Defence ministers Khawaja Asif of Pakistan and Mullah Mohammad Yaqoob of Afghanistan signed it in Doha.",
     "Mullah Mohammad Yaqoob", P::kHoldsPosition, "Afghanistan", M::kAsserted},
    // "its" after a state and its verb is that state's.
    {"Balloons carrying cigarettes from Belarus forced Vilnius airport to close, and Lithuania closed its border "
     "with Belarus for a month.",
     "Belarus", P::kBorders, "Lithuania", M::kAsserted},
    // ", whom ...," is an aside: the sentence's subject goes on after it,
    // and the aside still reads on its antecedent.
    {"The M23 rebels, whom United Nations experts say Rwanda commands and supplies, captured Bukavu in February.",
     "M23", P::kAttacks, "Bukavu", M::kAsserted},
    {"The rebels of the M23, whom United Nations experts describe as backed by Rwanda, seized Goma in January.",
     "Rwanda", P::kSupports, "M23", M::kAsserted},
    // Ordering strikes on a state attacks it.
    {"When President Trump ordered strikes on Yemen in March 2025, American aircraft hit hundreds of targets.",
     "Donald Trump", P::kAttacks, "Yemen", M::kAsserted},
    // Holding hands or chatting with a leader is meeting him.
    {"At the summit in Tianjin, Narendra Modi held hands with Vladimir Putin and chatted with Xi Jinping.",
     "Narendra Modi", P::kMeets, "Xi Jinping", M::kAsserted},
    // A leader's adviser serves the leader's state.
    {"John Podesta, Biden's climate adviser, went further.", "John Podesta", P::kHoldsPosition, "United States",
     M::kAsserted},
    // A backer named by its adjective in an apposition.
    {"The victim was Transnistria, the Russian-backed separatist region on the left bank of the Dniester.", "Russia",
     P::kSupports, "Transnistria", M::kAsserted},
    // Money offered to help a state aids it.
    {"The European Union offered 250 million euros to help Moldova.", "European Union", P::kAids, "Moldova",
     M::kAsserted},
    // Arms sold to a state, in either order.
    {"Germany agreed to sell Ukraine Patriot batteries.", "Germany", P::kAids, "Ukraine", M::kAsserted},
    {"The United States sold F-16 jets to Pakistan.", "United States", P::kAids, "Pakistan", M::kAsserted},
    // Wanting an agreement proposes it.
    {"Javier Milei said he wants a free-trade agreement with the United States.", "Javier Milei", P::kCooperatesWith,
     "United States", M::kProposed},
    // Measures imposed right on a target punish it.
    {"The European Union imposed measures on Kosovo in 2023.", "European Union", P::kSanctions, "Kosovo",
     M::kAsserted},
    {"Beijing adopted retaliatory measures against Lithuania.", "China", P::kSanctions, "Lithuania", M::kAsserted},
    // The accused attacked, as the accuser says.
    {"Moscow accused Kyiv of shelling Belgorod.", "Ukraine", P::kAttacks, "Belgorod", M::kAsserted},
    {"Russia blamed Ukraine for the strike on the Kursk power plant.", "Ukraine", P::kAttacks, "Kursk",
     M::kAsserted},
    // Fighting for a state aids it.
    {"North Korea confirmed that its soldiers had fought for Russia in the Kursk region.", "North Korea", P::kAids,
     "Russia", M::kAsserted},
    // Arms that the other then fired: a relative clause the rule spells out.
    {"North Korea has supplied millions of artillery shells and ballistic missiles, which Russia has fired at "
     "Ukrainian cities.",
     "North Korea", P::kAids, "Russia", M::kAsserted},
    // "its" is never one of a pair: the sentence's first state.
    {"North Korea confirmed in April what Seoul and Kyiv had said for months: its soldiers had fought for Russia "
     "in Kursk.",
     "North Korea", P::kAids, "Russia", M::kAsserted},
    // A bare first word two people share keeps naming the one it named first.
    {"Kim Jong Un praised the troops. Kim attended the parade in Beijing. Kim has rejected the offer, and his "
     "sister, Kim Yo Jong, said that Pyongyang had no interest in dialogue. Trump has said he would like to meet "
     "Kim again.",
     "Donald Trump", P::kMeets, "Kim Jong Un", M::kHypothetical},
    // Relations that collapsed, across an apposition set off by commas.
    {"Relations between the United States and Colombia, for decades Washington's closest partner in South America, "
     "have collapsed in a matter of weeks.",
     "United States", P::kCooperatesWith, "Colombia", M::kNegated},
    // Aid whose end follows is aid ended.
    {"Trump announced that all aid to Colombia would stop.", "Donald Trump", P::kAids, "Colombia", M::kNegated},
    // The possessor in the subject's apposition is not "him".
    {"Abbas Araghchi said that Iran was ready to negotiate. Steve Witkoff, Trump's envoy, held five rounds of talks "
     "with him in the spring.",
     "Steve Witkoff", P::kMeets, "Abbas Araghchi", M::kAsserted},
    // Cues inside an aside do not reach a verb outside it.
    {"Edmundo Gonzalez, whom the opposition considers the winner of the 2024 election, lives in exile in Madrid.",
     "Edmundo González Urrutia", P::kLocatedIn, "Spain", M::kAsserted},
    // An army's advance on a place attacks it.
    {"Russian forces continued their advance towards Pokrovsk.", "Russia", P::kAttacks, "Pokrovsk", M::kAsserted},
    {"Russian troops advanced on Kupiansk in November.", "Russia", P::kAttacks, "Kupiansk", M::kAsserted},
    // A site named by its place and a two-word noun.
    {"Ukraine's military said it had hit the Novorossiysk oil terminal with long-range drones.", "Ukraine",
     P::kAttacks, "Novorossiysk", M::kAsserted},
    // "as his successor": the successor holds the office of the person
    // named before, in the sentence or the one before.
    {"Prime Minister Milos Vucevic resigned in January 2025; parliament later confirmed Duro Macut as his successor.",
     "Đuro Macut", P::kHoldsPosition, "Serbia", M::kAsserted},
    {"President Salome Zourabichvili declined to leave the palace when her term ended. Parliament elected Mikheil "
     "Kavelashvili, a former footballer loyal to Georgian Dream, as her successor.",
     "Mikheil Kavelashvili", P::kHoldsPosition, "Georgia", M::kAsserted},
    // "its" after "the region's" is the region named before.
    {"The breakaway region of Transnistria is the test ahead. Since Ukraine stopped the transit of Russian gas in "
     "January 2025, the region's economy has been in free fall, and its leader Vadim Krasnoselsky has turned to "
     "Chisinau for help.",
     "Vadim Krasnoselsky", P::kHoldsPosition, "Transnistria", M::kAsserted},
    // A titled person sanctioned, named after the title and a comma.
    {"A week later the Treasury also sanctioned the army chief, General Abdel Fattah al-Burhan, for choosing war.",
     "U.S. Department of the Treasury", P::kSanctions, "Abdel Fattah al-Burhan", M::kAsserted},
    // An application seeks membership.
    {"Ukraine applied for membership of the European Union four days after the invasion.", "Ukraine",
     P::kMemberOf, "European Union", M::kProposed},
    {"Serbia applied for EU membership in 2009.", "Serbia", P::kMemberOf, "European Union", M::kProposed},
    // After a colon the clause has its own subject, and each verb of a
    // series separated by commas has it.
    {"For three years President Aleksandar Vucic managed a feat few European leaders attempted: he applied for EU "
     "membership, sold artillery shells that ended up in Ukraine, and refused to impose sanctions on Russia.",
     "Aleksandar Vučić", P::kSanctions, "Russia", M::kNegated},
    {"Vucic applied for EU membership in December 2009 after years of hesitation over the status of Kosovo, "
     "criticised NATO for its 1999 bombing and refused to impose sanctions on Russia.",
     "Aleksandar Vučić", P::kCriticizes, "NATO", M::kAsserted},
    // "himself" between a person and his election.
    {"His party did well, and Rodrigo Duterte himself was elected mayor of Davao City from his cell.", "Rodrigo Duterte",
     P::kHoldsPosition, "Davao", M::kAsserted},
    // A person "of" a party is its member, and the one who acts.
    // (The party of a known person is the party of the person's state.)
    {"Seoul voted. Lee Jae-myung of the Democratic Party won the snap election on 3 June 2025.", "Lee Jae-myung",
     P::kMemberOf, "Democratic Party of Korea", M::kAsserted},
    {"Seoul voted. Lee Jae-myung of the Democratic Party won the snap election on 3 June 2025.", "Lee Jae-myung",
     P::kParticipatesIn, "snap election on 3 June 2025", M::kAsserted},
    // Warming to a state; contacts held with a group.
    {"Dhaka has also warmed to Pakistan: direct trade resumed.", "Bangladesh", P::kCooperatesWith, "Pakistan",
     M::kAsserted},
    {"Dhaka has held informal contacts with the Arakan Army.", "Bangladesh", P::kMeets, "Arakan Army", M::kAsserted},
    // A membership not renewed, of a body named with its patron's possessive.
    {"Mulino announced that Panama would not renew its membership of China's Belt and Road Initiative.", "Panama",
     P::kMemberOf, "Belt and Road Initiative", M::kNegated},
    // Trade deepened is cooperation.
    {"Brazil has deepened trade with China.", "Brazil", P::kCooperatesWith, "China", M::kAsserted},
    // The signers of "a deal X signed with Y".
    {"A deal Abbas Araghchi signed with IAEA Director General Rafael Grossi in Cairo was declared void.",
     "Abbas Araghchi", P::kCooperatesWith, "Rafael Grossi", M::kAsserted},
    // An agreement ended, forces expelled: cooperation ends.
    {"Chad ended its defence cooperation agreement with France.", "Chad", P::kCooperatesWith, "France",
     M::kNegated},
    {"Mali expelled French forces in 2022.", "Mali", P::kCooperatesWith, "France", M::kNegated},
    // The backer in an apposition supports the person.
    {"Karol Nawrocki, a conservative historian backed by the Law and Justice party, took office in August.",
     "Law and Justice", P::kSupports, "Karol Nawrocki", M::kAsserted},
    // Help given.
    {"Poland has helped Ukraine more than almost anyone.", "Poland", P::kAids, "Ukraine", M::kAsserted},
    // A membership someone takes a stance on is only sought.
    {"Nawrocki has said he opposes Ukraine's membership of NATO under current conditions.", "Ukraine",
     P::kMemberOf, "NATO", M::kProposed},
    // Elected in a place named before "where".
    {"France keeps a presence in Gabon, where General Brice Oligui Nguema, who led the 2023 coup, was elected "
     "president in April 2025.",
     "Brice Oligui Nguema", P::kHoldsPosition, "Gabon", M::kAsserted},
    // A body "which X joined".
    {"The plant will meet the standards of the International Atomic Energy Agency, which Kazakhstan joined in 1994.",
     "Kazakhstan", P::kMemberOf, "International Atomic Energy Agency", M::kAsserted},
    // "its jailed founder, X": the body named before; an ally named after a
    // possessive.
    {"The Kurdistan Workers' Party announced that it would dissolve, answering a call by its jailed founder, "
     "Abdullah Ocalan.",
     "Abdullah Ocalan", P::kFounded, "PKK", M::kAsserted},
    {"Erdogan's nationalist ally, Devlet Bahceli, had proposed the process.", "Recep Tayyip Erdoğan",
     P::kCooperatesWith, "Devlet Bahceli", M::kAsserted},
    // An operation "called" by its name, and who ordered strikes under it.
    {"Pakistan's army chief, General Asim Munir, ordered retaliatory strikes under an operation called Bunyan "
     "al-Marsoos.",
     "Asim Munir", P::kParticipatesIn, "Bunyan al-Marsoos", M::kAsserted},
    // The body after "the founder of".
    {"The council hired a company run by Erik Prince, the founder of Blackwater, to fly drones.", "Erik Prince",
     P::kFounded, "Blackwater", M::kAsserted},
    // Hosted by someone: a meeting.
    {"Munir was hosted for lunch by Trump in June.", "Asim Munir", P::kMeets, "Donald Trump", M::kAsserted},
    // Drawn closer to another.
    {"The episode drew Islamabad closer to Washington.", "Pakistan", P::kCooperatesWith, "United States",
     M::kAsserted},
    // Arms of another supplied.
    {"China, which supplies most of Pakistan's weapons, watched its fighters tested in combat.", "China", P::kAids,
     "Pakistan", M::kAsserted},
    // The leader of a body named in its apposition.
    {"The polls favour Tisza, the opposition party Peter Magyar leads, over Fidesz.", "Peter Magyar",
     P::kHoldsPosition, "Tisza", M::kAsserted},
    // Haiti's prime ministers are known.
    {"Prime Minister Ariel Henry resigned in April 2024.", "Ariel Henry", P::kHoldsPosition, "Haiti",
     M::kAsserted},
    // A sentence-opening "it" before a verb in the present.
    {"Turkey has reasons to be generous. It trains the Somali army and runs the port of Mogadishu.", "Turkey",
     P::kAids, "Somalia", M::kAsserted},
    // A series of verbs whose last one follows a time adverbial.
    {"Donald Trump repeatedly called it the \"51st state\", mocked Justin Trudeau as its \"governor\", and in March "
     "2025 imposed 25 percent tariffs on Canadian goods.",
     "Donald Trump", P::kSanctions, "Canada", M::kAsserted},
    {"Donald Trump repeatedly called it the \"51st state\", mocked Justin Trudeau as its \"governor\", and in March "
     "2025 imposed 25 percent tariffs on Canadian goods.",
     "Donald Trump", P::kCriticizes, "Justin Trudeau", M::kAsserted},
    // Ties whose end follows, past an aside, are ties ended.
    {"Carney said the old relationship with the United States, based on steadily increasing integration, was over.",
     "Mark Carney", P::kCooperatesWith, "United States", M::kNegated},
    // Retaliation with economic measures sanctions.
    {"Ottawa retaliated with counter-tariffs on American goods.", "Canada", P::kSanctions, "United States",
     M::kAsserted},
    // "the al-Qaeda affiliate" without the possessive.
    {"Its drones have been used against al-Shabaab, the al-Qaeda affiliate that still controls much of Somalia.",
     "al-Shabaab", P::kMemberOf, "al-Qaeda", M::kAsserted},
    // Two people received.
    {"Xi Jinping received Antonio Costa and Ursula von der Leyen but declined to travel to Brussels.", "Xi Jinping",
     P::kMeets, "Ursula von der Leyen", M::kAsserted},
    // A participle in a series of verbs ("signed") keeps the subject.
    {"Mark Carney chose Paris and London for his first trips abroad, signed a security and defence partnership with "
     "the European Union in June, and joined its rearmament programme.",
     "Mark Carney", P::kCooperatesWith, "European Union", M::kAsserted},
    // Welcomed "with" a guard of honour: a meeting.
    {"President Ukhnaagiin Khurelsukh welcomed Putin with a guard of honour on Sukhbaatar Square.",
     "Vladimir Putin", P::kMeets, "Ukhnaagiin Khürelsükh", M::kAsserted},
    // "It" before any verb in the present, and the last verb of its series.
    {"Yet Mongolia has also cultivated third neighbours. It sends peacekeepers to UN missions, hosts an exercise "
     "with the United States, and signed a strategic partnership with Japan.",
     "Mongolia", P::kCooperatesWith, "Japan", M::kAsserted},
    // "the country" opening a clause is the state the sentence named.
    {"Washington sanctioned Keremet Bank. President Sadyr Japarov has rejected the accusations. He said Kyrgyzstan "
     "respects international law, and that the country will keep its trade with Russia.",
     "Kyrgyzstan", P::kCooperatesWith, "Russia", M::kAsserted},
    // A body after a participle in its apposition; a pillar of a body joined.
    {"In August 2025 the US Treasury sanctioned Grinex, a cryptocurrency exchange registered in Kyrgyzstan.",
     "U.S. Department of the Treasury", P::kSanctions, "Grinex", M::kAsserted},
    {"New Zealand has considered joining the second pillar of AUKUS.", "New Zealand", P::kMemberOf, "AUKUS",
     M::kProposed},
    // An ending denied leaves the relation as it was.
    {"Armenia has not left the Collective Security Treaty Organization, but it behaves as if it had.", "Armenia",
     P::kMemberOf, "Collective Security Treaty Organization", M::kAsserted},
    // Help refused.
    {"The CSTO refused to help Armenia in 2022.",
     "Collective Security Treaty Organization", P::kAids, "Armenia", M::kNegated},
    // A person arrested after a hyphenated pair of demonyms.
    {"Armenian authorities arrested the Russian-Armenian billionaire Samvel Karapetyan in June 2025.", "Armenia",
     P::kDetains, "Samvel Karapetyan", M::kAsserted},
    // Who won, or is said not to have won, took part.
    {"Nicolas Maduro began his third term without proof that he had won the election of July 2024.",
     "Nicolás Maduro", P::kParticipatesIn, "election of July 2024", M::kAsserted},
    // Support offered; intelligence sharing stopped.
    {"Russia and China have offered Maduro diplomatic support but little else.", "China", P::kSupports,
     "Nicolás Maduro", M::kAsserted},
    {"The United Kingdom reportedly stopped sharing intelligence on suspected drug boats with the United States.",
     "United Kingdom", P::kAids, "United States", M::kNegated},
    // An ally named after another title in the apposition.
    {"Nabih Berri, the speaker of parliament and Hezbollah's closest ally, urged calm.", "Hezbollah",
     P::kCooperatesWith, "Nabih Berri", M::kAsserted},
    // A bare "supplied" with the recipient.
    {"The fall of Assad cut the land route through which Tehran supplied Hezbollah.", "Iran", P::kAids, "Hezbollah",
     M::kAsserted},
    // An activity stopped: the relation ended; Kataib Hezbollah is not
    // Lebanon's Hezbollah.
    {"Kataib Hezbollah, the most powerful of the Iran-aligned militias, stopped attacking American forces in 2024.",
     "Kataib Hezbollah", P::kAttacks, "United States", M::kNegated},
    {"The Kurdistan Regional Government, led by Masrour Barzani, has its own quarrel with Baghdad.",
     "Masrour Barzani", P::kHoldsPosition, "Kurdistan Regional Government", M::kAsserted},
    // "who" after a person's apposition is that person.
    {"Issa Tchiroma Bakary, a former government spokesman who broke with Paul Biya in June, claimed victory.",
     "Issa Tchiroma Bakary", P::kCooperatesWith, "Paul Biya", M::kNegated},
    // Declared the winner of an election: a candidate in it.
    {"Paul Biya was declared the winner of the presidential election of 12 October 2025.", "Paul Biya",
     P::kParticipatesIn, "presidential election of 12 October 2025", M::kAsserted},
    // A present-tense verb after "and the".
    {"Turkey keeps bases in northern Iraq and strikes the Kurdistan Workers' Party there.", "Turkey", P::kAttacks,
     "PKK", M::kAsserted},
    // "her" after an appointing verb is its object, before a title.
    {"Elisabeth Borne, a former labour minister, was little known. President Emmanuel Macron appointed her prime "
     "minister in May 2022.",
     "Elisabeth Borne", P::kHoldsPosition, "France", M::kAsserted},
    // A call "soon after"; an agreement "on" a named initiative "with" a state.
    {"Narendra Modi called Sushila Karki soon after she took office.", "Narendra Modi", P::kMeets, "Sushila Karki",
     M::kAsserted},
    {"K. P. Sharma Oli had signed a framework agreement on the Belt and Road Initiative with China in December 2024.",
     "K. P. Sharma Oli", P::kCooperatesWith, "China", M::kAsserted},
    // Named gangs after a demonym and a plural noun are the targets.
    {"Washington has designated two Ecuadorian gangs, Los Choneros and Los Lobos, as foreign terrorist organisations.",
     "United States", P::kSanctions, "Los Choneros", M::kAsserted},
    // A portfolio of two words before "secretary".
    {"Noboa campaigned with Kristi Noem, the US homeland security secretary, in Manta.", "Kristi Noem",
     P::kHoldsPosition, "United States", M::kAsserted},
    // An apposition between the appointee and "as".
    {"President Bola Tinubu named Kashim Adeyemi, a banker, as finance minister.", "Kashim Adeyemi",
     P::kHoldsPosition, "Nigeria", M::kAsserted},
    // A party's candidate belongs to it.
    {"Luisa González, the candidate of the left-wing Citizen Revolution movement, lost the runoff.", "Luisa González",
     P::kMemberOf, "Citizen Revolution", M::kAsserted},
    // Poor relations are no cooperation.
    {"Relations between the Taliban and Pakistan are poor.", "Taliban", P::kCooperatesWith, "Pakistan",
     M::kNegated},
    // An object pronoun after a sentence whose ", and" clause has a person
    // as its subject is that person.
    {"Shigeru Ishiba resigned in September, and Sanae Takaichi succeeded him in October. Lee Jae-myung met her on "
     "the sidelines of the summit.",
     "Lee Jae-myung", P::kMeets, "Sanae Takaichi", M::kAsserted},
    // A participle after a comma has the sentence's subject.
    {"Lee Jae-myung chose Tokyo for his first visit abroad, meeting Prime Minister Shigeru Ishiba in August.",
     "Lee Jae-myung", P::kMeets, "Shigeru Ishiba", M::kAsserted},
    // Troops sent to a mission take part in it.
    {"Egypt sent troops to the new African Union mission in Somalia in 2025.", "Egypt", P::kParticipatesIn,
     "African Union mission in Somalia", M::kAsserted},
    // "the junta of General X": the leader idiom past a rank.
    {"The junta of General Abdourahamane Tiani revoked the licence.", "Abdourahamane Tiani", P::kHoldsPosition,
     "Niger", M::kAsserted},
    // Ended cooperation, with "its" the subject's.
    {"Since the coup, Niamey has expelled French troops, ended its military cooperation with the United States and "
     "left ECOWAS.",
     "Niger", P::kCooperatesWith, "United States", M::kNegated},
    // A party in the knowledge base, after its leader's possessive.
    {"Javier Milei's La Libertad Avanza won the midterm elections.", "Javier Milei", P::kMemberOf,
     "La Libertad Avanza", M::kAsserted},
    // A relative clause after the match has a verb of its own.
    {"Dushanbe signed a border agreement with Bishkek in March that ended a conflict.", "Tajikistan",
     P::kCooperatesWith, "Kyrgyzstan", M::kAsserted},
    // A pronoun the sentence before used for a person, before naming
    // anyone, carries that person on past a person named later.
    {"Khalifa Haftar commands the Libyan National Army. Russia, which supplied him with Wagner mercenaries during "
     "his offensive on Tripoli, has moved equipment from Syria since the fall of Bashar al-Assad. The United Arab "
     "Emirates and Egypt have long backed him.",
     "United Arab Emirates", P::kSupports, "Khalifa Haftar", M::kAsserted},
    // What one depends on another for, the other gives.
    {"Alexander Lukashenko depends on Moscow for cheap gas, loans and weapons.", "Russia", P::kAids,
     "Alexander Lukashenko", M::kAsserted},
    // An exercise "which" states held.
    {"Poland shut crossings after the Zapad 2025 exercise, which Russia and Belarus held in September.", "Belarus",
     P::kParticipatesIn, "Zapad 2025 exercise", M::kAsserted},
    // Weapons launched "at" a state strike it.
    {"Russia launched more than 300 drones and 37 missiles at Ukraine overnight.", "Russia", P::kAttacks, "Ukraine",
     M::kAsserted},
    // A tariff "of N percent" on a state's goods.
    {"Trump set a tariff of 32 percent on Indonesian goods in April.", "Donald Trump", P::kSanctions, "Indonesia",
     M::kAsserted},
    // Ties two states are said to have.
    {"New Delhi and Riyadh have close economic ties.", "India", P::kCooperatesWith, "Saudi Arabia", M::kAsserted},
    // "it" after a clause marker and a date.
    {"Indonesia buys Rafale fighters from France, and in 2025 it held its first joint naval exercise with Russia.",
     "Indonesia", P::kCooperatesWith, "Russia", M::kAsserted},
    // "it" in a clause of a sentence a body opens is that body.
    {"JNIM, al-Qaeda's affiliate in the region, has expanded, and in 2025 it imposed a fuel blockade on Bamako.",
     "Jama'at Nusrat al-Islam wal-Muslimin", P::kAttacks, "Mali", M::kAsserted},
    // A predecessor is one whatever the clause's modal says.
    {"Kassym-Jomart Tokayev proposed a reform. It would undo part of the system that his predecessor, Nursultan "
     "Nazarbayev, built in 1995.",
     "Nursultan Nazarbayev", P::kHoldsPosition, "Kazakhstan", M::kAsserted},
    // A person "of" a party is its member (the rule's party_predicate);
    // "of" a company, its staff.
    {"Her main challenger, Tundu Lissu of Chadema, had been in prison since April.", "Tundu Lissu", P::kMemberOf,
     "Chadema", M::kAsserted},
    {"The contract was signed by Alexei Miller of Gazprom in Beijing.", "Alexei Miller", P::kWorksFor, "Gazprom",
     M::kAsserted},
    // Credit extended to a state aids it.
    {"India extended a currency swap of $400 million to the Maldives.", "India", P::kAids, "Maldives", M::kAsserted},
    // A trip made to thank someone, past a dated adverbial.
    {"Mohamed Muizzu travelled to New Delhi in October 2024 to thank Narendra Modi.", "Mohamed Muizzu", P::kMeets,
     "Narendra Modi", M::kAsserted},
    // Agreeing to work with another is cooperation.
    {"Nigeria agreed to work with the United States on counterterrorism.", "Nigeria", P::kCooperatesWith,
     "United States", M::kAsserted},
    // A national security adviser holds a state office.
    {"President Bola Tinubu sent his national security adviser, Nuhu Ribadu, to Washington.", "Nuhu Ribadu",
     P::kHoldsPosition, "Nigeria", M::kAsserted},
    // A relative clause set off from the name by a noun phrase is the noun's:
    // the series goes on with the sentence's subject.
    {"Mohamed Muizzu asked India to withdraw the roughly 80 military personnel who operated two helicopters on the "
     "islands, made his first state visit to Turkey and signed deals in China.",
     "Mohamed Muizzu", P::kMeets, "Turkey", M::kAsserted},
    // "whose X party": the person belongs to it.
    {"Critics, including Péter Magyar, whose Tisza party leads in the polls, say it deepens Hungary's dependence on "
     "Moscow.",
     "Péter Magyar", P::kMemberOf, "Tisza", M::kAsserted},
    // Ending trade is the sanction itself: only wanted, it is proposed.
    {"The European Union wants to end all imports of Russian gas by 2027.", "European Union", P::kSanctions,
     "Russia", M::kProposed},
    // A demonym before a place's kind names the state it lies in.
    {"Ukrainian troops entered the Russian region of Kursk in August.", "Kursk", P::kLocatedIn, "Russia",
     M::kAsserted},
    {"The road crosses the Armenian province of Syunik.", "Syunik", P::kLocatedIn, "Armenia", M::kAsserted},
    // A title in a relative clause after a known name.
    {"Aleksandar Vučić, who has been president since 2017, refused the students' demand.", "Aleksandar Vučić",
     P::kHoldsPosition, "Serbia", M::kAsserted},
    {"Tokayev, who was elected president in 2019, announced the referendum.", "Kassym-Jomart Tokayev",
     P::kHoldsPosition, "Kazakhstan", M::kAsserted},
    // Heads of government of Eastern Europe and the Caucasus in the knowledge base.
    {"Prime Minister Dorin Recean stepped down after the vote.", "Dorin Recean", P::kHoldsPosition, "Moldova",
     M::kAsserted},
    {"Prime Minister Ali Asadov met the delegation in Baku.", "Ali Asadov", P::kHoldsPosition, "Azerbaijan",
     M::kAsserted},
    // A name after a participle is its object; past the comma the series
    // goes on with the sentence's subject.
    {"Trump responded by calling Petro an illegal drug leader, cut aid to Colombia and imposed sanctions on Petro "
     "himself.",
     "Donald Trump", P::kAids, "Colombia", M::kNegated},
    // Verbs joined right after the subject of a clause after "that".
    {"M23 rebels seized Goma in January. UN experts have long reported that Rwanda commands and supplies the group.",
     "Rwanda", P::kAids, "M23", M::kAsserted},
    // "it" after a semicolon, an adverb before its verb.
    {"The Biden administration sanctioned Hemedti; it also sanctioned Burhan for choosing war over negotiations.",
     "United States", P::kSanctions, "Abdel Fattah al-Burhan", M::kAsserted},
    // Designated a terrorist organisation by someone.
    {"Hayat Tahrir al-Sham was designated a terrorist organisation by the United States in 2018.", "United States",
     P::kSanctions, "Hayat Tahrir al-Sham", M::kAsserted},
    // A participle of accusing after a comma, and "the opposition" before the name.
    {"Yoon declared martial law, accusing the opposition Democratic Party of paralysing the state.", "Yoon Suk Yeol",
     P::kCriticizes, "Democratic Party", M::kAsserted},
    // Acting heads of state and ministers of South Korea in the knowledge base.
    {"His prime minister, Han Duck-soo, became acting president in December.", "Han Duck-soo", P::kHoldsPosition,
     "South Korea", M::kAsserted},
    // Holding someone responsible blames them.
    {"New Delhi held Islamabad responsible for the attack in Pahalgam.", "India", P::kCriticizes, "Pakistan",
     M::kAsserted},
    // A postponed meeting has not taken place.
    {"China then postponed a trilateral meeting with South Korea.", "China", P::kMeets, "South Korea",
     M::kNegated},
    // A title in a relative clause after a short description of the person.
    {"Boris Pistorius, the Social Democrat who has been defence minister since 2023, will stay in the post.",
     "Boris Pistorius", P::kHoldsPosition, "Germany", M::kAsserted},
    // Army chiefs by any of their titles.
    {"Army chief Asim Munir was promoted to field marshal days later.", "Asim Munir", P::kHoldsPosition, "Pakistan",
     M::kAsserted},
    // A plain verb of travel after "to", then a time phrase, to meet.
    {"Steve Witkoff is expected to travel to Moscow this week to meet Putin again.", "Steve Witkoff", P::kMeets,
     "Vladimir Putin", M::kHypothetical},
    // Retaliation a day later, with a salvo against a target.
    {"Iran retaliated the next day with a missile salvo against Al Udeid Air Base in Qatar.", "Iran", P::kAttacks,
     "Al Udeid Air Base", M::kAsserted},
    // "the justice minister, X" in an article about one state.
    {"Ukraine's anti-corruption bureau raided Energoatom. Ukraine's parliament met in Kyiv. Ukraine needs the money. "
     "The scandal led to the dismissal of the justice minister, Oleh Marchenko.",
     "Oleh Marchenko", P::kHoldsPosition, "Ukraine", M::kAsserted},
    // A package of sanctions whose relative clause bans a state's goods.
    {"The European Union adopted its 19th package of sanctions, which bans imports of Russian liquefied natural gas "
     "from January 2027.",
     "European Union", P::kSanctions, "Russia", M::kAsserted},
    // A company hit with no site of it named is hit with sanctions; a site
    // of it is attacked.
    {"Washington Finally Hits Rosneft and Lukoil", "United States", P::kSanctions, "Lukoil", M::kAsserted},
    {"Ukraine struck Rosneft facilities in Tuapse.", "Ukraine", P::kAttacks, "Rosneft", M::kAsserted},
    // A rank that opens a known name gives way to the title in its apposition.
    {"The tribunal sentenced Sheikh Hasina, Bangladesh's former prime minister, to death in absentia.",
     "Sheikh Hasina", P::kHoldsPosition, "Bangladesh", M::kAsserted},
    // A term won as an office of a state.
    {"Alassane Ouattara won a fourth term as president of Côte d'Ivoire with almost 90 percent of the vote.",
     "Alassane Ouattara", P::kHoldsPosition, "Ivory Coast", M::kAsserted},
    // A party the knowledge base knows, not its state and a parliament.
    {"New Delhi has long had ties with the Nepali Congress.", "India", P::kCooperatesWith, "Nepali Congress",
     M::kAsserted},
    // Meeting "the presidents of" a list of states meets each.
    {"António Costa and Ursula von der Leyen met the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan.",
     "Ursula von der Leyen", P::kMeets, "Kyrgyzstan", M::kAsserted},
    // The police opening a sentence act for the state the article is about.
    {"Turkey is tense. Turkey votes soon. Turkey needs calm. Police detained Ekrem İmamoğlu, the mayor of Istanbul, "
     "at his home on March 19.",
     "Turkey", P::kDetains, "Ekrem İmamoğlu", M::kAsserted},
    // Talks offered are proposed.
    {"President Lee Jae-myung has offered talks with Pyongyang without preconditions.", "Lee Jae-myung", P::kMeets,
     "North Korea", M::kProposed},
    // Both sides of a defeat in an election took part in it.
    {"Karol Nawrocki narrowly defeated Warsaw mayor Rafał Trzaskowski of the Civic Coalition in the presidential "
     "runoff of June 1, 2025.",
     "Rafał Trzaskowski", P::kParticipatesIn, "presidential runoff of June 1, 2025", M::kAsserted},
    {"Karol Nawrocki narrowly defeated Warsaw mayor Rafał Trzaskowski of the Civic Coalition in the presidential "
     "runoff of June 1, 2025.",
     "Rafał Trzaskowski", P::kMemberOf, "Civic Coalition", M::kAsserted},
    // Strikes carried out in a place attack its state.
    {"The visit came days after Pakistan carried out air strikes in Kabul and Paktika.", "Pakistan", P::kAttacks,
     "Afghanistan", M::kAsserted},
    // "its" after "of" is the nearest body's or state's before it.
    {"In July 2025 Russia became the first country to formally recognise the Taliban government of Afghanistan, "
     "accepting the credentials of its new ambassador, Gul Hassan Hassan, in Moscow.",
     "Gul Hassan Hassan", P::kHoldsPosition, "Afghanistan", M::kAsserted},
    // "it" after a subordinating conjunction is the subject of the clause it
    // hangs on.
    {"Sudan's army chief rejected the plan, saying that the UAE could not mediate while it armed the Rapid Support "
     "Forces.",
     "United Arab Emirates", P::kAids, "Rapid Support Forces", M::kAsserted},
    // An operation's apposition past a date.
    {"NATO responded to the incidents by launching Baltic Sentry in January 2025, a mission that sends frigates to "
     "the Baltic Sea.",
     "NATO", P::kParticipatesIn, "Baltic Sentry", M::kAsserted},
    // Hosting someone meets them.
    {"Qatar surprised both sides by hosting Félix Tshisekedi and Paul Kagame in Doha on March 18.", "Qatar",
     P::kMeets, "Paul Kagame", M::kAsserted},
    // The preposition repeated before the second name of a list.
    {"Foreign Minister Wang Yi spoke to Amir Khan Muttaqi and to Pakistan's Foreign Minister Ishaq Dar.", "Wang Yi",
     P::kMeets, "Ishaq Dar", M::kAsserted},
    // A comma before ", and" closes a "while" clause: the verb after it is
    // the sentence's subject's.
    {"Naim Qassem, who became Hezbollah's secretary-general after Israel killed Hassan Nasrallah, warned that the "
     "group would not disarm while Israel occupied Lebanese land, and accused Beirut of serving foreign interests.",
     "Naim Qassem", P::kCriticizes, "Lebanon", M::kAsserted},
    // Killing a named person attacks them.
    {"Israel killed Hassan Nasrallah in September 2024.", "Israel", P::kAttacks, "Hassan Nasrallah", M::kAsserted},
    // Refusing a break keeps the ties.
    {"Nabih Berri has so far refused to break with Hezbollah.", "Nabih Berri", P::kCooperatesWith, "Hezbollah",
     M::kAsserted},
    // Two offices in one apposition: the state's (known) and the body's.
    {"Nabih Berri, the speaker of parliament and leader of the Amal Movement, is the pivot.", "Nabih Berri",
     P::kHoldsPosition, "Amal Movement", M::kAsserted},
    {"Nabih Berri, the speaker of parliament and leader of the Amal Movement, is the pivot.", "Nabih Berri",
     P::kHoldsPosition, "Lebanon", M::kAsserted},
    // A share of the vote in an election named after it is taking part in
    // that election.
    {"Javier Milei's party, La Libertad Avanza, won about 41 percent of the vote in Argentina's midterm elections "
     "on 26 October.",
     "La Libertad Avanza", P::kParticipatesIn, "Argentina's midterm elections on 26 October", M::kAsserted},
    // A group noun before the apposition a name closes makes it a body.
    {"The Peronist coalition, Fuerza Patria, led by Governor Axel Kicillof, lost heavily.", "Axel Kicillof",
     P::kHoldsPosition, "Fuerza Patria", M::kAsserted},
    // A visit told by where the visitor was.
    {"Amir Khan Muttaqi, the Taliban's foreign minister, was in New Delhi on an official visit when the strikes hit.",
     "Amir Khan Muttaqi", P::kMeets, "India", M::kAsserted},
    // A body's short name, capitalised, stands for it.
    {"The International Monetary Fund approved a loan. Kristalina Georgieva, the Fund's managing director, praised "
     "Milei's reforms.",
     "Kristalina Georgieva", P::kHoldsPosition, "International Monetary Fund", M::kAsserted},
    {"The International Monetary Fund approved a loan. Kristalina Georgieva, the Fund's managing director, praised "
     "Milei's reforms.",
     "Kristalina Georgieva", P::kPraises, "Javier Milei", M::kAsserted},
    // A given name that is also a title ("Amir") gives way to the title
    // before it.
    {"Foreign Minister Amir Khan Muttaqi visited New Delhi.", "Amir Khan Muttaqi", P::kHoldsPosition, "Afghanistan",
     M::kAsserted},
    // An apposition to a person named mid-sentence: the verb after it is
    // that person's.
    {"Siarhei Tsikhanouski was released on the day Keith Kellogg, Donald Trump's special envoy for Ukraine, met "
     "Alexander Lukashenko in Minsk.",
     "Keith Kellogg", P::kMeets, "Alexander Lukashenko", M::kAsserted},
    // Ambassadors recalled from a list of capitals.
    {"Iran recalled its ambassadors to Berlin, Paris and London for consultations.", "Iran", P::kCriticizes,
     "United Kingdom", M::kAsserted},
    // An object list before the subject's slot keeps its last name.
    {"France, Germany and the United Kingdom had triggered the snapback mechanism in August.", "snapback mechanism",
     P::kEnactedBy, "United Kingdom", M::kAsserted},
    // Put back on the list, after "On his first day in office".
    {"On his first day in office Donald Trump reversed the decision and put Cuba back on the list.", "Donald Trump",
     P::kSanctions, "Cuba", M::kAsserted},
    {"The United States added Cuba to the list of state sponsors of terrorism.", "United States", P::kSanctions, "Cuba",
     M::kAsserted},
    // A hyphenated vice premier.
    {"Vice-Premier He Lifeng led the Chinese team.", "He Lifeng", P::kHoldsPosition, "China", M::kAsserted},
    // Capitalised titles in appositions are asides too.
    {"António Costa, the President of the European Council, and Ursula von der Leyen, the President of the European "
     "Commission, met the presidents of Kazakhstan and Uzbekistan.",
     "Ursula von der Leyen", P::kMeets, "Kazakhstan", M::kAsserted},
    // A surname joined to its connector ("al-Shaibani") is the person named
    // in full before.
    {"Foreign Minister Asaad al-Shaibani signed the declaration. Marco Rubio met al-Shaibani separately.", "Marco Rubio",
     P::kMeets, "Asaad al-Shaibani", M::kAsserted},
    // A participle after a determiner describes the name that opens the
    // sentence, which stays the subject.
    {"The so-called Quad, made up of the United States, Saudi Arabia, Egypt and the UAE, proposed a truce.", "Egypt",
     P::kMemberOf, "Quad", M::kAsserted},
    // A body an apposition says someone designated.
    {"A year earlier he was the leader of Hayat Tahrir al-Sham, a group the United States had designated as a "
     "terrorist organisation.",
     "United States", P::kSanctions, "Hayat Tahrir al-Sham", M::kAsserted},
    // An office told with a copula and "of".
    {"Ahmed al-Sharaa was the leader of Hayat Tahrir al-Sham.", "Ahmed al-Sharaa", P::kHoldsPosition,
     "Hayat Tahrir al-Sham", M::kAsserted},
    // Taken off a list past an apposition.
    {"In November the Security Council removed al-Sharaa and his interior minister, Anas Khattab, from its sanctions "
     "list.",
     "UN Security Council", P::kSanctions, "Ahmed al-Sharaa", M::kNegated},
    // Entry bans are sanctions.
    {"Estonia, Latvia and Lithuania banned Ivanishvili and several ministers from entering their territory.", "Latvia",
     P::kSanctions, "Bidzina Ivanishvili", M::kAsserted},
    // Holding hands with someone meets them.
    {"Photographs of Modi holding hands with Vladimir Putin spread.", "Narendra Modi", P::kMeets, "Vladimir Putin",
     M::kAsserted},
    // Weapons used against a state attack it.
    {"Neither side mentioned Pakistan, whose army used Chinese-made J-10 fighters against India in May.", "Pakistan",
     P::kAttacks, "India", M::kAsserted},
    // "Its commission president": a title in a commission of the body.
    {"ECOWAS has tried to limit the damage. Its commission president, Omar Alieu Touray, said citizens would keep "
     "their rights.",
     "Omar Alieu Touray", P::kHoldsPosition, "ECOWAS", M::kAsserted},
    // Name-calling with the article before the quotation mark.
    {"Maduro called María Corina Machado a \"demonic witch\" in a televised speech.", "Nicolás Maduro", P::kCriticizes,
     "María Corina Machado", M::kAsserted},
    // An age before the title, and an office in a body beside the state's.
    {"José Jerí, the 38-year-old president of Peru's Congress, was sworn in as her successor.", "José Jerí",
     P::kHoldsPosition, "Congress of Peru", M::kAsserted},
    {"Jerí belongs to Somos Perú, a small centre-right party.", "José Jerí", P::kMemberOf, "Somos Perú", M::kAsserted},
    // The office in an apposition is its own person's.
    {"The most powerful man after Japarov is Kamchybek Tashiev, the head of the State Committee for National "
     "Security.",
     "Kamchybek Tashiev", P::kHoldsPosition, "State Committee for National Security", M::kAsserted},
    // An apposition that holds another person and closes before the verb
    // keeps the subject's office.
    {"Its former leader Gurbanguly Berdimuhamedov, father of President Serdar Berdimuhamedov, still holds the post of "
     "chairman of the People's Council.",
     "Gurbanguly Berdimuhamedov", P::kHoldsPosition, "People's Council", M::kAsserted},
    // A body of the state's after the possessive keeps the state's office.
    {"A plan drafted by Kirill Dmitriev, the head of Russia's sovereign wealth fund, was handed to Kyiv.",
     "Kirill Dmitriev", P::kHoldsPosition, "Russia", M::kAsserted},
    // A hope is no more than proposed.
    {"Russia hoped for pragmatic relations with the Czech Republic.", "Russia", P::kCooperatesWith, "Czech Republic",
     M::kProposed},
    // Broken relations are no cooperation.
    {"Xiomara Castro broke diplomatic relations with Taiwan in 2023.", "Xiomara Castro", P::kCooperatesWith, "Taiwan",
     M::kNegated},
    // A matter raised with a counterpart, by telephone.
    {"Wang Yi raised the matter with his Tajik counterpart, Sirojiddin Muhriddin, by telephone.", "Wang Yi", P::kMeets,
     "Sirojiddin Muhriddin", M::kAsserted},
    // Separate meetings with each.
    {"Xi Jinping attended the summit and held separate meetings with Lee Jae-myung and Sanae Takaichi.", "Xi Jinping",
     P::kMeets, "Sanae Takaichi", M::kAsserted},
    // Two leaders meet, the second titled in an apposition.
    {"South Korean President Lee Jae-myung and Japan's new prime minister, Sanae Takaichi, met for the first time on "
     "30 October.",
     "Lee Jae-myung", P::kMeets, "Sanae Takaichi", M::kAsserted},
    // A past schedule ("was due to") is no more than possible.
    {"President Prabowo Subianto cancelled a trip to China, where he was due to attend the military parade in "
     "Beijing.",
     "Prabowo Subianto", P::kParticipatesIn, "military parade in Beijing", M::kHypothetical},
    // Blaming something on someone criticises them.
    {"Relations soured after the crash of an Azerbaijan Airlines jet, which Ilham Aliyev blamed on Russian air "
     "defences.",
     "Ilham Aliyev", P::kCriticizes, "Russia", M::kAsserted},
    // A general secretary after a copula.
    {"Tô Lâm became general secretary of the Communist Party of Vietnam in August 2024.", "Tô Lâm", P::kHoldsPosition,
     "Communist Party of Vietnam", M::kAsserted},
    // Most of the aid frozen.
    {"The European Union has frozen most of its financial assistance to the Georgian government.", "European Union",
     P::kAids, "Georgia", M::kNegated},
    // "who" after a body in a person's apposition is the person.
    {"Kirill Dmitriev, the head of the Russian Direct Investment Fund, who had met Steve Witkoff in Moscow, was also "
     "in Alaska.",
     "Kirill Dmitriev", P::kMeets, "Steve Witkoff", M::kAsserted},
    // Forces loyal to someone act for them.
    {"Fighting erupted after forces loyal to Abdul Hamid Dbeibah killed Abdulghani al-Kikli.", "Abdul Hamid Dbeibah",
     P::kAttacks, "Abdulghani al-Kikli", M::kAsserted},
    // Two who suspend aid together.
    {"The EU imposed sanctions, and Germany and Britain suspended part of their aid to Kigali.", "Germany", P::kAids,
     "Rwanda", M::kNegated},
    // Arming and commanding a group, one verb after the other.
    {"United Nations experts have reported that Rwanda arms and commands the M23.", "Rwanda", P::kAids, "M23",
     M::kAsserted},
    // The accused's support, after "accusing him of".
    {"Washington sanctioned James Kabarebe in February, accusing him of directing support for the M23.",
     "James Kabarebe", P::kSupports, "M23", M::kAsserted},
    // A person's attack on a state's institutions is made in words.
    {"Elon Musk repeatedly attacked the Romanian authorities.", "Elon Musk", P::kCriticizes, "Romania", M::kAsserted},
    // A majority won in an election.
    {"The Party of Action and Solidarity won an outright majority in Moldova's parliamentary election on September "
     "28.",
     "Party of Action and Solidarity", P::kParticipatesIn, "Moldova's parliamentary election on September 28",
     M::kAsserted},
    // Accession talks seek membership, whoever opens them.
    {"Moldova opened accession talks with the European Union in June 2024.", "Moldova", P::kMemberOf,
     "European Union", M::kProposed},
    {"The European Union opened accession negotiations with Ukraine in June 2024.", "Ukraine", P::kMemberOf,
     "European Union", M::kProposed},
    // A proposal the clause denies.
    {"Irakli Kobakhidze said Georgia would not open accession talks with the European Union before 2028.", "Georgia",
     P::kMemberOf, "European Union", M::kNegated},
    // The second of two people spoken to, past the first one's apposition
    // and with a title of their own after a comma.
    {"Marco Rubio had spoken to Shehbaz Sharif, the Pakistani prime minister, and to India's external affairs "
     "minister, S. Jaishankar.",
     "Marco Rubio", P::kMeets, "Subrahmanyam Jaishankar", M::kAsserted},
    // Two brought together.
    {"Qatar brought President Félix Tshisekedi and President Paul Kagame together in Doha in March.",
     "Félix Tshisekedi", P::kMeets, "Paul Kagame", M::kAsserted},
    // The names of a plural subject, set off by commas, still sign.
    {"On June 27, the foreign ministers of the two countries, Thérèse Kayikwamba Wagner and Olivier Nduhungirehe, "
     "signed a peace agreement in Washington.",
     "Thérèse Kayikwamba Wagner", P::kCooperatesWith, "Olivier Nduhungirehe", M::kAsserted},
    // A strike that killed a person named after a description.
    {"Israel struck Iran on June 13, killing the chief of the armed forces, Mohammad Bagheri, and several "
     "scientists.",
     "Israel", P::kAttacks, "Mohammad Bagheri", M::kAsserted},
    // Those named among a summit's guests attended it.
    {"Abdel Fattah al-Sisi hosted the summit, which was attended by more than twenty heads of state, among them "
     "Keir Starmer and Emmanuel Macron.",
     "Keir Starmer", P::kParticipatesIn, "summit", M::kAsserted},
    // A meeting with a body's leader, named after a comma.
    {"Vice President JD Vance had met the AfD's leader, Alice Weidel, in Munich in February.", "JD Vance",
     P::kMeets, "Alice Weidel", M::kAsserted},
    // A titled guest after another introduced by a title and a comma.
    {"Anwar Ibrahim hosted the acting Thai prime minister, Phumtham Wechayachai, and Cambodia's Prime Minister Hun "
     "Manet in Putrajaya.",
     "Anwar Ibrahim", P::kMeets, "Hun Manet", M::kAsserted},
    // "flown to X to meet Y".
    {"Volodymyr Zelensky, who had flown to Ankara to meet Recep Tayyip Erdoğan, named a negotiator.",
     "Volodymyr Zelensky", P::kMeets, "Recep Tayyip Erdoğan", M::kAsserted},
    // A kinship as the second part of an apposition, with a possessive.
    {"Hun Sen, the former Cambodian leader and Hun Manet's father, was angry.", "Hun Sen", P::kFamilyOf, "Hun Manet",
     M::kAsserted},
    // States that make up a group the article names.
    {"In September the United States, Saudi Arabia, the UAE and Egypt, a group known as the Quad, proposed a "
     "truce.",
     "Egypt", P::kMemberOf, "Quad", M::kAsserted},
    // An office with a word of description before it, of a capital that is
    // the city there.
    {"Karol Nawrocki narrowly defeated Rafał Trzaskowski, the liberal mayor of Warsaw.", "Rafał Trzaskowski",
     P::kHoldsPosition, "Warsaw", M::kAsserted},
    // Backing aid to someone backs them.
    {"Karol Nawrocki supports military aid to Kyiv.", "Karol Nawrocki", P::kSupports, "Ukraine", M::kAsserted},
    // A partner chosen to build.
    {"Kazakhstan has chosen Russia's state nuclear company Rosatom to lead the consortium that will build the plant.",
     "Kazakhstan", P::kCooperatesWith, "Rosatom", M::kAsserted},
    // An agreement the two sign, named as an event; what follows a colon is
    // another clause.
    {"Saudi Arabia and Pakistan signed a mutual defence agreement in Riyadh on September 17.", "Saudi Arabia",
     P::kCooperatesWith, "Pakistan", M::kAsserted},
    {"Trump and Xi Jinping agreed a one-year truce: China suspended the new controls.", "Donald Trump",
     P::kCooperatesWith, "Xi Jinping", M::kAsserted},
    // Relations that have fallen are damaged.
    {"Relations between Azerbaijan and Russia have fallen to their lowest point since independence.", "Azerbaijan",
     P::kCooperatesWith, "Russia", M::kNegated},
    // Falling out is a rupture.
    {"Algeria has fallen out with Mali, and the two countries recalled their ambassadors.", "Algeria",
     P::kCooperatesWith, "Mali", M::kNegated},
    // An agreement initialled.
    {"Armenia and Azerbaijan initialled a peace agreement in Washington in August.", "Armenia", P::kCooperatesWith,
     "Azerbaijan", M::kAsserted},
    // The states a bloc is made of, in its apposition.
    {"The talks concerned Mercosur, the South American bloc of Brazil, Argentina, Uruguay and Paraguay.", "Uruguay",
     P::kMemberOf, "Mercosur", M::kAsserted},
    // Membership as an apposition's second part.
    {"Parliament confirmed Gombojav Zandanshatar, the former speaker and a member of the Mongolian People's Party, as "
     "prime minister.",
     "Gombojav Zandanshatar", P::kMemberOf, "Mongolian People's Party", M::kAsserted},
    // Ties a participle clause's subject builds.
    {"Mongolia pursues a third neighbour policy, building ties with the United States, Japan and South Korea.",
     "Mongolia", P::kCooperatesWith, "Japan", M::kAsserted},
    // A summit hosted, named with a body and a topic word.
    {"Brazil hosts the COP30 climate summit in Belém.", "Brazil", P::kParticipatesIn, "summit in Belém",
     M::kAsserted},
    // An apposition opened by a compound with a name in it is an aside.
    {"The Syrian Democratic Forces, the Kurdish-led group that controls the north-east, signed an agreement with "
     "Damascus in March.",
     "Syrian Democratic Forces", P::kCooperatesWith, "Syria", M::kAsserted},
    // Debts promised to be paid.
    {"Saudi Arabia and Qatar promised to pay Syria's debts to the World Bank.", "Qatar", P::kAids, "Syria",
     M::kProposed},
    // A founder named in the body's apposition.
    {"His victory ended twenty years of rule by the Movement for Socialism, the party founded by Evo Morales.",
     "Evo Morales", P::kFounded, "Movement for Socialism", M::kAsserted},
    // Defending a person backs them.
    {"Viktor Orbán has defended Robert Fico in Brussels.", "Viktor Orbán", P::kSupports, "Robert Fico",
     M::kAsserted},
    // Partners in government.
    {"Smer governs with the nationalist Slovak National Party.", "Smer", P::kCooperatesWith, "Slovak National Party",
     M::kAsserted},
    // The office a person leads a state in.
    {"Trump met Ahmed al-Sharaa, the former jihadist who now leads Syria as interim president, in Riyadh.",
     "Ahmed al-Sharaa", P::kHoldsPosition, "Syria", M::kAsserted},
    // A person split from the party "of" which they are, by a given name.
    {"José Antonio Kast won the runoff, defeating Jeannette Jara of the Communist Party.", "Jeannette Jara",
     P::kMemberOf, "Communist Party", M::kAsserted},
    // A past office after the possessor.
    {"Gabriel Boric governs Chile. Jeannette Jara, Boric's former labour minister, led a coalition of the left.",
     "Jeannette Jara", P::kHoldsPosition, "Chile", M::kAsserted},
    // Admiration is praise; a relative clause's object pronoun is the
    // main clause's subject.
    {"José Antonio Kast admires Javier Milei, who congratulated him within minutes.", "Javier Milei", P::kPraises,
     "José Antonio Kast", M::kAsserted},
    {"Javier Milei admires Donald Trump.", "Javier Milei", P::kPraises, "Donald Trump", M::kAsserted},
    // A coalition formed, or ruled out.
    {"The Liberal Democratic Party formed a new coalition with the Japan Innovation Party.",
     "Liberal Democratic Party", P::kCooperatesWith, "Japan Innovation Party", M::kAsserted},
    {"Andrej Babiš has ruled out a coalition with Petr Fiala's parties.", "Andrej Babiš", P::kCooperatesWith,
     "Petr Fiala", M::kNegated},
    // The winner of a state's election.
    {"President Samia Suluhu Hassan was declared the winner of Tanzania's October 29 election.",
     "Samia Suluhu Hassan", P::kParticipatesIn, "Tanzania's October 29 election", M::kAsserted},
    // ", as did X": X does what the subject did.
    {"Kenya's President William Ruto congratulated Samia Suluhu Hassan, as did Uganda's Yoweri Museveni.",
     "Yoweri Museveni", P::kPraises, "Samia Suluhu Hassan", M::kAsserted},
    // ", as did X" past an event.
    {"Vladimir Putin congratulated Alexander Lukashenko the day after the election, as did Xi Jinping.", "Xi Jinping",
     P::kPraises, "Alexander Lukashenko", M::kAsserted},
    // A friend designated.
    {"Washington designated Kenya a major non-NATO ally in 2024.", "United States", P::kCooperatesWith, "Kenya",
     M::kAsserted},
    // Talks held by two with a titled third, after a possessive.
    {"Xi Jinping and Putin held talks with Mongolia's President Ukhnaagiin Khürelsükh on the route.",
     "Vladimir Putin", P::kMeets, "Ukhnaagiin Khürelsükh", M::kAsserted},
    // An event's author kills, past the event's place and its part.
    {"In November an Israeli strike in Beirut's southern suburbs killed Haytham Ali Tabatabai.", "Israel",
     P::kAttacks, "Haytham Ali Tabatabai", M::kAsserted},
    // "his relations with X" after ", but": the sentence's first person's.
    {"Lula has urged Nicolás Maduro to negotiate, but his relations with Caracas have cooled.",
     "Luiz Inácio Lula da Silva", P::kCooperatesWith, "Venezuela", M::kNegated},
    // A coalition led with a partner.
    {"Prime Minister K.P. Sharma Oli led a coalition with the Nepali Congress.", "K. P. Sharma Oli",
     P::kCooperatesWith, "Nepali Congress", M::kAsserted},
    // A leader brings the state closer.
    {"Ferdinand Marcos Jr. has moved the Philippines closer to the United States.", "Philippines",
     P::kCooperatesWith, "United States", M::kAsserted},
    // "in May" after an event brought in by "a" is the month, no modal.
    {"Oman brokered a ceasefire between Washington and the Houthis in May.", "Houthis", P::kParticipatesIn,
     "ceasefire between Washington and the Houthis", M::kAsserted},
    // A memorandum on a topic, signed with a partner.
    {"The European Union signed a memorandum on energy with Ashgabat in 2024.", "European Union",
     P::kCooperatesWith, "Turkmenistan", M::kAsserted},
    // "the country" after a verb of saying is the state its sentence names.
    {"Russia and China tried to delay the move. Iran's President Masoud Pezeshkian said the country would not leave "
     "the Nuclear Non-Proliferation Treaty.",
     "Iran", P::kMemberOf, "Treaty on the Non-Proliferation of Nuclear Weapons", M::kAsserted},
    // A vote called a sham, by each of a list.
    {"Myanmar held a general election on December 28. The United States, the European Union and the United Kingdom "
     "called the vote a sham.",
     "European Union", P::kCriticizes, "general election on December 28", M::kAsserted},
    // "then the chair of ECOWAS": an office held at the time told of.
    {"Nigeria's President Bola Tinubu, then the chair of ECOWAS, never found the votes for it.", "Bola Tinubu",
     P::kHoldsPosition, "ECOWAS", M::kAsserted},
    // "he and X signed": the pronoun is the first of two subjects.
    {"Tokayev flew to Moscow for a state visit during which he and Vladimir Putin signed a declaration.",
     "Kassym-Jomart Tokayev", P::kCooperatesWith, "Vladimir Putin", M::kAsserted},
    // A second part of an apposition names a partner.
    {"Devlet Bahçeli, the leader of the Nationalist Movement Party and President Recep Tayyip Erdoğan's coalition "
     "partner, backed the talks.",
     "Devlet Bahçeli", P::kCooperatesWith, "Recep Tayyip Erdoğan", M::kAsserted},
    // A mission closed in a capital breaks ties with its state; one opened makes them.
    {"Maduro's government closed its embassy in Oslo days later.", "Venezuela", P::kCooperatesWith, "Norway",
     M::kNegated},
    {"Syria reopened its embassy in Riyadh in 2023.", "Syria", P::kCooperatesWith, "Saudi Arabia", M::kAsserted},
    // A designation told in a relative clause.
    {"US forces struck boats of the Tren de Aragua gang, which the State Department designated a terrorist "
     "organisation.",
     "U.S. Department of State", P::kSanctions, "Tren de Aragua", M::kAsserted},
    // Killing another's mercenaries attacks their body.
    {"In July 2024 separatist rebels and JNIM fighters killed dozens of Wagner mercenaries near the border.",
     "Jama'at Nusrat al-Islam wal-Muslimin", P::kAttacks, "Wagner Group", M::kAsserted},
    // Counting another a partner.
    {"Uzbekistan still counts China as its largest trading partner.", "Uzbekistan", P::kCooperatesWith, "China",
     M::kAsserted},
    // An attendee named in a relative clause, and one who stayed away.
    {"The presidency ended with a summit that the United States refused to attend.", "United States",
     P::kParticipatesIn, "summit", M::kNegated},
    // A former co-chair, by a body's possessive.
    {"The DEM Party wants the release of the DEM Party's former co-chair Selahattin Demirtaş.", "Selahattin Demirtaş",
     P::kHoldsPosition, "Peoples' Equality and Democracy Party", M::kAsserted},
    // "; days later it sanctioned": a relative time before "it".
    {"In January the United States determined that the RSF had committed genocide and sanctioned Hemedti; days later "
     "it sanctioned Burhan for attacks on civilians.",
     "United States", P::kSanctions, "Abdel Fattah al-Burhan", M::kAsserted},
    // "He ..., and his son": the person the pronoun stood for owns "his".
    {"Donald Trump first floated buying Greenland, and Prime Minister Mette Frederiksen called the idea absurd. He "
     "refused to rule out force, and in January his son Donald Trump Jr. flew to Nuuk.",
     "Donald Trump Jr.", P::kFamilyOf, "Donald Trump", M::kAsserted},
    // A possessor after "after" opens no clause: the sentence's subject goes on.
    {"Israeli forces seized the buffer zone after Assad's fall and have struck Syrian army depots hundreds of times.",
     "Israel", P::kAttacks, "Syria", M::kAsserted},
    // Jets by their model.
    {"Denmark is a founding member of NATO and has sent F-16s to Ukraine.", "Denmark", P::kAids, "Ukraine",
     M::kAsserted},
    // Exercises deepened with a partner.
    {"Japan and South Korea have answered by deepening their trilateral exercises with the United States.",
     "South Korea", P::kCooperatesWith, "United States", M::kAsserted},
    // An office over a state's forces.
    {"Valery Gerasimov, the chief of Russia's general staff, thanked the troops.", "Valery Gerasimov",
     P::kHoldsPosition, "Russia", M::kAsserted},
    // An en dash joins partners as a hyphen does; three names on a joint line.
    {"The Russia–China partnership deepened.", "Russia", P::kCooperatesWith, "China", M::kAsserted},
    {"Construction began on the China–Kyrgyzstan–Uzbekistan railway.", "Kyrgyzstan", P::kCooperatesWith,
     "Uzbekistan", M::kAsserted},
    {"Construction began on the China–Kyrgyzstan–Uzbekistan railway.", "China", P::kCooperatesWith, "Uzbekistan",
     M::kAsserted},
    // Releasing frozen funds ends a sanction.
    {"The European Commission released about 10 billion euros of frozen cohesion funds for Hungary the day before.",
     "European Commission", P::kSanctions, "Hungary", M::kNegated},
    // A one-word body named by an apposition with a relative clause after it.
    {"In August 2025 the US Treasury sanctioned Grinex, a Kyrgyz crypto exchange it describes as the successor of "
     "Garantex.",
     "U.S. Department of the Treasury", P::kSanctions, "Grinex", M::kAsserted},
    {"In August 2025 the US Treasury sanctioned Grinex, a Kyrgyz crypto exchange it describes as the successor of "
     "Garantex.",
     "Grinex", P::kLocatedIn, "Kyrgyzstan", M::kAsserted},
    // A person of a body, with a Kyrgyz given name.
    {"Keneshbek Bakirov of the Kyrgyz State Financial Intelligence Service said the exchanges complied with the law.",
     "Keneshbek Bakirov", P::kWorksFor, "Kyrgyz State Financial Intelligence Service", M::kAsserted},
    // Two signers, the second a titled person of a body.
    {"Iran suspended its cooperation with the International Atomic Energy Agency. In September, Foreign Minister Abbas "
     "Araghchi and the agency's director general, Rafael Grossi, signed an agreement in Cairo.",
     "Abbas Araghchi", P::kCooperatesWith, "Rafael Grossi", M::kAsserted},
    // Called void.
    {"Russia and China called the snapback legally void.", "China", P::kCriticizes, "snapback mechanism",
     M::kAsserted},
    // The one replaced holds (or held) the office.
    {"Grossi is a candidate to succeed António Guterres as UN secretary-general.", "António Guterres",
     P::kHoldsPosition, "United Nations", M::kAsserted},
    {"Mark Carney replaced Justin Trudeau as prime minister of Canada.", "Justin Trudeau", P::kHoldsPosition, "Canada",
     M::kAsserted},
    // A visit to a capital by someone meets its state.
    {"Belarus released 52 prisoners after a visit to Minsk by John Coale, an American envoy.", "John Coale",
     P::kMeets, "Belarus", M::kAsserted},
    {"Belarus released 52 prisoners after a visit to Minsk by John Coale, an American envoy.", "John Coale",
     P::kParticipatesIn, "visit to Minsk", M::kAsserted},
    // A mission raised to an embassy.
    {"India announced that it would upgrade its technical mission in Kabul to an embassy.", "India",
     P::kCooperatesWith, "Afghanistan", M::kHypothetical},
    // A religious title before the leader's name.
    {"The Armenian Apostolic Church, whose leader Catholicos Karekin II has clashed with the prime minister, leads "
     "the protests.",
     "Karekin II", P::kHoldsPosition, "Armenian Apostolic Church", M::kAsserted},
    // "Both states are members": a noun in "-s" is no verb of saying.
    {"Kazakhstan and Uzbekistan share the river. Both states are members of the Shanghai Cooperation Organization.",
     "Uzbekistan", P::kMemberOf, "Shanghai Cooperation Organization", M::kAsserted},
    // "had been prime minister of": a copula in the past perfect.
    {"Sanae Takaichi had been prime minister of Japan for less than three weeks when she spoke.", "Sanae Takaichi",
     P::kHoldsPosition, "Japan", M::kAsserted},
    // A participle in an apposition, its agent after "by".
    {"Azruddin Mohamed, a businessman sanctioned by the US Treasury, came second.", "U.S. Department of the Treasury",
     P::kSanctions, "Azruddin Mohamed", M::kAsserted},
    // "the two leaders" after a host and two guests: the guests.
    {"President Recep Tayyip Erdoğan hosted Somalia's President Hassan Sheikh Mohamud and Ethiopia's Prime Minister "
     "Abiy Ahmed in Ankara in December 2024, and the two leaders agreed in the Ankara Declaration to respect each "
     "other's sovereignty.",
     "Hassan Sheikh Mohamud", P::kCooperatesWith, "Abiy Ahmed", M::kAsserted},
    // "its" in a clause of its own is that clause's subject's.
    {"Guyana has deepened defence cooperation with the United States, and Brazil moved troops to its border with "
     "Venezuela in 2023.",
     "Brazil", P::kBorders, "Venezuela", M::kAsserted},
    // A meeting at a place on the sidelines of a summit.
    {"Lee Jae-myung and Donald Trump met in Gyeongju on the sidelines of the Asia-Pacific Economic Cooperation summit.",
     "Donald Trump", P::kParticipatesIn, "Asia-Pacific Economic Cooperation summit", M::kAsserted},
    // Travelling to negotiate with someone.
    {"Foreign Minister Cho Hyun flew to Washington to negotiate the workers' release with Secretary of State Marco "
     "Rubio.",
     "Cho Hyun", P::kMeets, "Marco Rubio", M::kAsserted},
    // At odds.
    {"Egypt, which is at odds with Ethiopia over the dam, signed a defence pact with Somalia.", "Egypt",
     P::kCooperatesWith, "Ethiopia", M::kNegated},
    // A present-tense verb in a series after a comma.
    {"Turkey runs its largest overseas military base in Mogadishu, trains Somali soldiers, and signed an agreement in "
     "2024.",
     "Turkey", P::kAids, "Somalia", M::kAsserted},
    // Contracts that are no named event.
    {"Arce's government signed extraction contracts with China's CATL, which the legislature never approved.",
     "Bolivia", P::kCooperatesWith, "CATL", M::kAsserted},
    // "when he" after a relative clause: that clause's subject.
    {"Rodrigo Paz restored relations with the United States, which Evo Morales broke off in 2008 when he expelled the "
     "American ambassador.",
     "Evo Morales", P::kCriticizes, "United States", M::kAsserted},
    // A founder, with words that say what the body is.
    {"Andrej Babiš, a billionaire who founded the agrochemical conglomerate Agrofert, formed a government.",
     "Andrej Babiš", P::kFounded, "Agrofert", M::kAsserted},
    // An event a relative clause says someone championed.
    {"In October 2024 Kazakh voters approved the plant in a referendum that President Kassym-Jomart Tokayev had "
     "championed.",
     "Kassym-Jomart Tokayev", P::kSupports, "referendum", M::kAsserted},
    // A joint venture one has with another.
    {"Kazatomprom has a joint venture with CGN, the Chinese nuclear group.", "Kazatomprom", P::kCooperatesWith,
     "China General Nuclear Power Group", M::kAsserted},
    // A trip to meet someone, dated by "at the start of".
    {"Steve Witkoff and Jared Kushner flew to Moscow at the start of December to meet Vladimir Putin.",
     "Jared Kushner", P::kMeets, "Vladimir Putin", M::kAsserted},
    // Who led an event.
    {"The talks in Geneva on November 23, led by Secretary of State Marco Rubio and Andriy Yermak, trimmed the plan.",
     "Andriy Yermak", P::kParticipatesIn, "talks in Geneva", M::kAsserted},
    // A pair called partners.
    {"Modi met Xi Jinping, and the two agreed that India and China are partners, not rivals.", "India",
     P::kCooperatesWith, "China", M::kAsserted},
    // Added to "the list of" a named sanctions list, as a state's titled person.
    {"On October 24, 2025, the US Treasury added Colombia's President Gustavo Petro to the list of Specially "
     "Designated Nationals.",
     "U.S. Department of the Treasury", P::kSanctions, "Gustavo Petro", M::kAsserted},
    // A given name after a word of kinship is the relative, the match of
    // one person with himself giving way to it.
    {"The Treasury added Gustavo Petro to the list, along with his wife, his son Nicolás and his interior minister. "
     "Nicolás Maduro protested.",
     "Nicolás", P::kFamilyOf, "Gustavo Petro", M::kAsserted},
    // Recalling one's ambassador from a capital.
    {"Gustavo Petro recalled Colombia's ambassador from Washington.", "Gustavo Petro", P::kCriticizes,
     "United States", M::kAsserted},
    // The second office of an apposition.
    {"Paetongtarn Shinawatra spoke with Hun Sen, the former Cambodian prime minister and president of the Cambodian "
     "Senate.",
     "Hun Sen", P::kHoldsPosition, "Cambodian Senate", M::kAsserted},
    // A declaration signed with someone.
    {"Anutin Charnvirakul signed two declarations with Hun Manet, Cambodia's prime minister, in Kuala Lumpur.",
     "Anutin Charnvirakul", P::kCooperatesWith, "Hun Manet", M::kAsserted},
    // A party named as someone's.
    {"The Bhumjaithai Party of Anutin Charnvirakul quit the government in June.", "Anutin Charnvirakul",
     P::kMemberOf, "Bhumjaithai Party", M::kAsserted},
    // ", as X did": the names before "did" act too.
    {"Noboa has designated Los Choneros and Los Lobos as terrorist organisations, as the United States did in "
     "September.",
     "United States", P::kSanctions, "Los Lobos", M::kAsserted},
    // A candidate of someone's party.
    {"Luisa González, the candidate of Correa's Citizen Revolution movement, lost.", "Luisa González", P::kMemberOf,
     "Citizen Revolution", M::kAsserted},
    // The chair told in a relative clause.
    {"The Southern African Development Community, which Madagascar chaired until August, sent envoys.", "Madagascar",
     P::kMemberOf, "Southern African Development Community", M::kAsserted},
    // An envoy named only by the state.
    {"Michael Randrianirina received the Russian ambassador within days of taking power.", "Michael Randrianirina",
     P::kMeets, "Russia", M::kAsserted},
    // Two sanction names side by side before "on".
    {"In July 2025 the US Treasury imposed Global Magnitsky sanctions on Alexandre de Moraes, a Brazilian judge.",
     "U.S. Department of the Treasury", P::kSanctions, "Alexandre de Moraes", M::kAsserted},
    // A state a leader aligns with others, and one he takes out of a body.
    {"Javier Milei has aligned Argentina with the United States and Israel.", "Argentina", P::kCooperatesWith,
     "Israel", M::kAsserted},
    {"Rodrigo Duterte withdrew the Philippines from the Rome Statute in 2019.", "Philippines", P::kMemberOf,
     "International Criminal Court", M::kNegated},
    // An apposition opened by a capitalised word that names nothing.
    {"In Buenos Aires, Axel Kicillof, the Peronist governor of Buenos Aires province, accused Javier Milei of "
     "surrendering sovereignty.",
     "Axel Kicillof", P::kCriticizes, "Javier Milei", M::kAsserted},
    // Swap lines agreed and held.
    {"In October 2025 the US Treasury agreed a $20 billion currency swap line with Argentina's central bank.",
     "U.S. Department of the Treasury", P::kAids, "Argentina", M::kAsserted},
    {"Argentina already has a swap line of about $18 billion with the People's Bank of China.", "Argentina",
     P::kCooperatesWith, "People's Bank of China", M::kAsserted},
    // A lending programme.
    {"The International Monetary Fund approved a new $20 billion programme for Argentina in April.",
     "International Monetary Fund", P::kAids, "Argentina", M::kAsserted},
    // "whose founder".
    {"The opposition Pakistan Tehreek-e-Insaf, whose founder Imran Khan has been in prison since 2023, objected.",
     "Imran Khan", P::kFounded, "Pakistan Tehreek-e-Insaf", M::kAsserted},
    // Discussing something with a titled person.
    {"Recep Tayyip Erdoğan discussed the project with Prime Minister Mohammed Shia al-Sudani in Baghdad.",
     "Recep Tayyip Erdoğan", P::kMeets, "Mohammed Shia al-Sudani", M::kAsserted},
    // A body's title after its name, and "his ally" in an apposition.
    {"The Treasury sanctioned Alexandre de Moraes, the Supreme Federal Court justice overseeing the case.",
     "Alexandre de Moraes", P::kHoldsPosition, "Supreme Federal Court", M::kAsserted},
    {"Donald Trump raised tariffs, citing what he called a witch hunt against Jair Bolsonaro, his political ally.",
     "Donald Trump", P::kCooperatesWith, "Jair Bolsonaro", M::kAsserted},
    // A count before the envoys expelled.
    {"Sofia expelled several Russian diplomats in 2023 for espionage.", "Bulgaria", P::kCriticizes, "Russia",
     M::kAsserted},
    // A party "which is friendly to" a state.
    {"The nationalist Revival party, which is friendly to Moscow, organised protests.", "Revival", P::kCooperatesWith,
     "Russia", M::kAsserted},
    // "becomes the twenty-first member of".
    {"On January 1, 2026, Bulgaria becomes the twenty-first member of the euro area.", "Bulgaria", P::kMemberOf,
     "Eurozone", M::kAsserted},
    // Delisted past an apposition.
    {"In October 2025 the US Treasury removed Milorad Dodik, the former president of Republika Srpska, from its "
     "sanctions list.",
     "U.S. Department of the Treasury", P::kSanctions, "Milorad Dodik", M::kNegated},
    // A party named as someone's, its name no "Party".
    {"Rixi Moncada, the candidate of the ruling Libre party of President Xiomara Castro, finished third.",
     "Xiomara Castro", P::kMemberOf, "Liberty and Refoundation", M::kAsserted},
    // Recognition switched from one state to another.
    {"In 2023 Honduras switched diplomatic recognition from Taiwan to China.", "Honduras", P::kCooperatesWith,
     "China", M::kAsserted},
    {"In 2023 Honduras switched diplomatic recognition from Taiwan to China.", "Honduras", P::kCooperatesWith,
     "Taiwan", M::kNegated},
    // A base kept in a state.
    {"Russia, which keeps its 201st military base in Tajikistan, offered to help secure the border.", "Russia",
     P::kCooperatesWith, "Tajikistan", M::kAsserted},
    // "announced the end of" a treaty.
    {"In 2024 Honduras announced the end of its extradition treaty with the United States.", "Honduras",
     P::kCooperatesWith, "United States", M::kNegated},
    // An event between two, led by a body's titled envoy.
    {"The EU-facilitated dialogue between Belgrade and Pristina, led by the EU's special representative Peter "
     "Sørensen, has produced no agreement.",
     "Peter Sørensen", P::kParticipatesIn, "EU-facilitated dialogue between Belgrade and Pristina", M::kAsserted},
    // Ordinals past the tenth.
    {"Timor-Leste became the eleventh member of the Association of Southeast Asian Nations in October 2025.",
     "Timor-Leste", P::kMemberOf, "ASEAN", M::kAsserted},
    // Agreements signed with a list (no state swallowed as a possessor).
    {"Kazakhstan signed long-term supply contracts with Russia and China.", "Kazakhstan", P::kCooperatesWith, "Russia",
     M::kAsserted},
    // A framework reached, and many agreements signed.
    {"In July 2025 Vietnam became one of the first countries to reach a trade framework with the Trump "
     "administration.",
     "Vietnam", P::kCooperatesWith, "United States", M::kAsserted},
    {"Xi Jinping visited Hanoi in April and signed more than forty cooperation agreements with To Lam.", "Xi Jinping",
     P::kCooperatesWith, "Tô Lâm", M::kAsserted},
    // "It" before a verb in the past, after a sentence about the state.
    {"Vietnam practises bamboo diplomacy. It upgraded relations with the United States to a comprehensive strategic "
     "partnership in 2023.",
     "Vietnam", P::kCooperatesWith, "United States", M::kAsserted},
    // The backer of a region named after its noun.
    {"The crisis hit the Russian-backed separatist region of Transnistria.", "Russia", P::kSupports, "Transnistria",
     M::kAsserted},
    // Money provided to buy something for someone.
    {"The European Commission provided 60 million euros to buy gas for Transnistria.", "European Commission",
     P::kAids, "Transnistria", M::kAsserted},
    // An apposition's title with a word of scope before it.
    {"David O'Sullivan, the EU's international special envoy for the implementation of sanctions, has visited the "
     "region.",
     "David O'Sullivan", P::kHoldsPosition, "European Union", M::kAsserted},
    // Commodities sold to a state.
    {"Turkmenistan sells most of its gas to China through the Central Asia-China pipeline.", "Turkmenistan",
     P::kCooperatesWith, "China", M::kAsserted},
    // An embassy kept open, in a participle after the subject's description.
    {"Turkmenistan has been among the most pragmatic of the Taliban's neighbours, keeping its embassy in Kabul open.",
     "Turkmenistan", P::kCooperatesWith, "Afghanistan", M::kAsserted},
    // An accession process frozen.
    {"The European Union froze Georgia's accession process after the parliamentary election of October 2024.",
     "Georgia", P::kMemberOf, "European Union", M::kNegated},
    // Elected, an apposition between the name and "as".
    {"In October the Kuomintang elected Cheng Li-wun, a former activist who now favours closer ties with Beijing, as "
     "its new chair.",
     "Cheng Li-wun", P::kHoldsPosition, "Kuomintang", M::kAsserted},
    // Joining another in a common action.
    {"Britain has joined France in leading the coalition of the willing.", "United Kingdom", P::kCooperatesWith,
     "France", M::kAsserted},
    // A party to a court, told in a relative clause.
    {"Putin visited Ulaanbaatar despite an arrest warrant from the International Criminal Court, to which Mongolia "
     "is a party.",
     "Mongolia", P::kMemberOf, "International Criminal Court", M::kAsserted},
    // A former titled person sanctioned.
    {"China also sanctioned former Philippine senator Francis Tolentino in July 2025.", "China", P::kSanctions,
     "Francis Tolentino", M::kAsserted},
    // The first of a list of capitals visited is no state before a title.
    {"Ukhnaagiin Khurelsukh has visited Washington, Tokyo and Brussels.", "Ukhnaagiin Khürelsükh", P::kMeets,
     "United States", M::kAsserted},
    // Arms bought for another are the buyer's aid to it.
    {"The Netherlands, Sweden and Denmark bought American weapons for Ukraine through NATO's list.", "Sweden",
     P::kAids, "Ukraine", M::kAsserted},
    // Negotiating chapters opened with a candidate.
    {"Brussels has opened 22 of 35 negotiating chapters with Serbia since 2014.", "Serbia", P::kMemberOf,
     "European Union", M::kProposed},
    // "is now X's largest trading partner".
    {"China is now Kazakhstan's largest trading partner, having overtaken Russia.", "China", P::kCooperatesWith,
     "Kazakhstan", M::kAsserted},
    // "also at odds with".
    {"Cairo is also at odds with Ethiopia over the Grand Ethiopian Renaissance Dam.", "Egypt", P::kCooperatesWith,
     "Ethiopia", M::kNegated},
    // A partnership agreed with a body; accession talks to resume.
    {"Iceland agreed a new security and defence partnership with the European Union in 2025.", "Iceland",
     P::kCooperatesWith, "European Union", M::kAsserted},
    {"Iceland is considering a referendum on resuming accession talks with the European Union.", "Iceland",
     P::kMemberOf, "European Union", M::kProposed},
    // Two leaders met, with a date and a comma, on the sidelines of a summit.
    {"When Putin and Aliyev finally met in Dushanbe in October 2025, on the sidelines of a Commonwealth of "
     "Independent States summit, Putin apologised.",
     "Ilham Aliyev", P::kParticipatesIn, "Commonwealth of Independent States summit", M::kAsserted},
    // Retaliation with waves of missiles against a state's cities.
    {"Iran retaliated with waves of ballistic missiles against Tel Aviv and Haifa.", "Iran", P::kAttacks, "Israel",
     M::kAsserted},
    // A relative clause right after its subject keeps the negation of the clause around it out.
    {"The accord does not bind the M23, the rebel movement that seized Goma in January 2025.", "M23", P::kAttacks,
     "Goma", M::kAsserted},
    // Arming in a list of verbs.
    {"UN experts have reported that Rwanda arms, trains and commands the M23, which Kigali denies.", "Rwanda",
     P::kAids, "M23", M::kAsserted},
    // A candidate running with a party's backing.
    {"A historian, Karol Nawrocki ran with the backing of Law and Justice in 2025.", "Law and Justice", P::kSupports,
     "Karol Nawrocki", M::kAsserted},
    // A host's guests, a state and an armed group, are the two sides.
    {"Qatar brought Congolese officials and the Congo River Alliance, to which the M23 belongs, to the table, and "
     "the two sides signed a declaration of principles in July.",
     "Congo River Alliance", P::kParticipatesIn, "declaration", M::kAsserted},
    // Founders of a body named in a relative clause after it are its members.
    {"The Alliance of Sahel States, the confederation that Mali formed with Burkina Faso and Niger in 2024, "
     "recalled its ambassadors.",
     "Niger", P::kMemberOf, "Alliance of Sahel States", M::kAsserted},
    {"The Alliance of Sahel States, which Mali formed with Burkina Faso and Niger in 2024, recalled its ambassadors.",
     "Mali", P::kFounded, "Alliance of Sahel States", M::kAsserted},
    // "as a candidate for membership of".
    {"The European Commission said Turkey must uphold democratic values as a candidate for membership of the "
     "European Union.",
     "Turkey", P::kMemberOf, "European Union", M::kProposed},
    // A party's confirmed candidate belongs to it.
    {"The Republican People's Party went ahead with its primary and confirmed Ekrem İmamoğlu as its candidate.",
     "Ekrem İmamoğlu", P::kMemberOf, "Republican People's Party", M::kAsserted},
    // A body's office, a title word and the name.
    {"The decision drew criticism from the ICC's president, Judge Tomoko Akane, who warned of consequences.",
     "Tomoko Akane", P::kHoldsPosition, "International Criminal Court", M::kAsserted},
    // "X's largest export market".
    {"The United States is India's largest export market, and shrimp exports have been hit hard.", "United States",
     P::kCooperatesWith, "India", M::kAsserted},
    // A trip in a gerund after the sentence subject's meeting.
    {"Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo in August before flying to Washington to "
     "see Donald Trump.",
     "Lee Jae-myung", P::kMeets, "Donald Trump", M::kAsserted},
    // "him" after "to" and a bare verb carries the person named before it.
    {"The court had issued an arrest warrant for Benjamin Netanyahu in November. As a state party, Hungary was "
     "obliged to arrest him. Viktor Orbán instead received him with military honours.",
     "Viktor Orbán", P::kMeets, "Benjamin Netanyahu", M::kAsserted},
    // A second relative clause of an apposition, joined by "and whom".
    {"Ilan Shor, the fugitive oligarch who lives in Moscow and whom the United States and the European Union have "
     "sanctioned, denied it.",
     "European Union", P::kSanctions, "Ilan Shor", M::kAsserted},
    // The leader of a body its apposition describes.
    {"The Patriotic Electoral Bloc, an alliance of pro-Russian parties led by former president Igor Dodon, came "
     "second.",
     "Igor Dodon", P::kHoldsPosition, "Patriotic Electoral Bloc", M::kAsserted},
    {"The commission barred Heart of Moldova, a party led by Irina Vlah, after finding illegal financing.",
     "Irina Vlah", P::kHoldsPosition, "Heart of Moldova", M::kAsserted},
    // A demonym-backed apposition of the sentence's subject.
    {"Transnistria, the Russian-backed breakaway region on the left bank of the Dniester, lost its free gas.",
     "Russia", P::kSupports, "Transnistria", M::kAsserted},
    // "whose leader" after a described name.
    {"Gagauzia, an autonomous region whose leader Evghenia Guțul was sentenced to seven years, remains hostile.",
     "Evghenia Guțul", P::kHoldsPosition, "Gagauzia", M::kAsserted},
    // Two named as one subject of joint patrols.
    {"American and Philippine forces have expanded joint patrols in the area.", "United States", P::kCooperatesWith,
     "Philippines", M::kAsserted},
    // A contact clause after an apposition's noun: "the group X led".
    {"The army includes fighters from Hayat Tahrir al-Sham, the group Ahmed al-Sharaa led until it dissolved itself.",
     "Ahmed al-Sharaa", P::kHoldsPosition, "Hayat Tahrir al-Sham", M::kAsserted},
    // Two states that held direct talks met.
    {"Israel and Syria have held direct talks on a security arrangement, mediated by Washington.", "Israel",
     P::kMeets, "Syria", M::kAsserted},
    // A person's party is the party of the person's state.
    {"Lee Jae-myung's Democratic Party had long attacked Yoon Suk Yeol for being too soft on Japan.",
     "Democratic Party of Korea", P::kCriticizes, "Yoon Suk Yeol", M::kAsserted},
    // A list of signatories with a possessive title inside it.
    {"Trump, Sisi, Qatar's emir Tamim bin Hamad Al Thani and Turkish President Recep Tayyip Erdoğan signed a "
     "declaration as guarantors of the agreement.",
     "Abdel Fattah el-Sisi", P::kParticipatesIn, "declaration", M::kAsserted},
    // A described person, identified by name, is who was arrested.
    {"In August 2025, Italian police arrested a Ukrainian man, identified as Serhii K., at a campsite near Rimini.",
     "Italy", P::kDetains, "Serhii K.", M::kAsserted},
    // "one of X's firmest supporters".
    {"Chancellor Friedrich Merz has been one of Kyiv's firmest supporters.", "Friedrich Merz", P::kSupports,
     "Ukraine", M::kAsserted},
    // A donor of aid to a state aids it.
    {"Germany is the largest European donor of military aid to Ukraine.", "Germany", P::kAids, "Ukraine",
     M::kAsserted},
    // A company whose name ends in a digit and "AG".
    {"The United States sanctioned Nord Stream 2 AG, the company that built the second line, in 2021.",
     "United States", P::kSanctions, "Nord Stream 2 AG", M::kAsserted},
    // A patron backs its proxies.
    {"Iran, whose proxies Hamas and Hezbollah were badly weakened, was absent from every table.", "Iran",
     P::kSupports, "Hamas", M::kAsserted},
    {"Iran and its proxies Hamas and Hezbollah lost ground.", "Iran", P::kSupports, "Hezbollah", M::kAsserted},
    // A relative aside inside a "where" clause: the clause goes on after it.
    {"The truce was agreed in Putrajaya, where Anwar Ibrahim, who chaired ASEAN in 2025, hosted Hun Manet.",
     "Anwar Ibrahim", P::kMeets, "Hun Manet", M::kAsserted},
    // Fighting a war with a state.
    {"Eritrea, which fought a war with Ethiopia from 1998 to 2000, has drawn closer to Cairo.", "Eritrea",
     P::kAttacks, "Ethiopia", M::kAsserted},
    // Committing forces to an operation is taking part in it.
    {"NATO responded with Eastern Sentry, an operation to reinforce air defences along the eastern flank, to which "
     "Denmark, France and Germany committed aircraft.",
     "France", P::kParticipatesIn, "Eastern Sentry", M::kAsserted},
    // An obligation is no deed.
    {"The court issued a warrant for Benjamin Netanyahu. As a state party, Hungary was obliged to arrest him.",
     "Hungary", P::kDetains, "Benjamin Netanyahu", M::kProposed},
    // A coast guard is no stretch of coast.
    {"Chinese coast guard ships fired water cannon at Philippine vessels near Scarborough Shoal.", "China",
     P::kAttacks, "Philippines", M::kAsserted},
    // Portraying someone as an enemy; a state's own demonym before "nation" names it.
    {"Russian state television has portrayed Nikol Pashinyan as an enemy of the Armenian nation.", "Russia",
     P::kCriticizes, "Nikol Pashinyan", M::kAsserted},
    // State agents after a time adverbial, lower-case and two words.
    {"Armenia's government has opened a confrontation with the church. Yerevan says Armenia must be calm. In June "
     "2025, security services arrested Archbishop Bagrat Galstanyan on charges of plotting a coup.",
     "Armenia", P::kDetains, "Bagrat Galstanyan", M::kAsserted},
    // A participle after the comma asserts the accusation the main clause does not.
    {"Prime Minister Nikol Pashinyan has demanded that Catholicos Karekin II step down, accusing him of violating "
     "his vow.",
     "Nikol Pashinyan", P::kCriticizes, "Karekin II", M::kAsserted},
    // Both of a pair reject.
    {"Russia and China rejected the snapback as illegal.", "Russia", P::kOpposes, "snapback mechanism",
     M::kAsserted},
    // Delegations of a pair met face to face.
    {"Russian and Ukrainian delegations met face to face in Istanbul on May 16, 2025.", "Russia", P::kMeets,
     "Ukraine", M::kAsserted},
    // Members of a party named after it, two of them.
    {"The centrists and the National Rally of Marine Le Pen and Jordan Bardella each hold a third of the seats.",
     "Jordan Bardella", P::kMemberOf, "National Rally", M::kAsserted},
    // "of" and a date between an event and its "which" clause.
    {"Israel strikes Hezbollah targets despite the ceasefire of November 2024, which the United States and France "
     "brokered.",
     "France", P::kParticipatesIn, "ceasefire of November 2024", M::kAsserted},
    // A supply branch of the aid rule.
    {"Turkey supplies drones to the Nigerien army.", "Turkey", P::kAids, "Niger", M::kAsserted},
    // A pair that fought along their border.
    {"Pakistan and the Taliban have fought along their border this year.", "Pakistan", P::kAttacks, "Taliban",
     M::kAsserted},
    // Waging a campaign against someone.
    {"The United States waged its own campaign against the Houthis from March to May 2025.", "United States",
     P::kAttacks, "Houthis", M::kAsserted},
    // "him" after a verb is not the verb's own subject.
    {"Sébastien Lecornu became prime minister in September when Emmanuel Macron praised him.", "Emmanuel Macron",
     P::kPraises, "Sébastien Lecornu", M::kAsserted},
    // Groups designated, listed after "among them", each with its place.
    {"In February 2025, the State Department designated eight criminal groups as Foreign Terrorist Organizations, "
     "among them the Sinaloa Cartel, the Jalisco New Generation Cartel, Tren de Aragua of Venezuela and MS-13 of El "
     "Salvador.",
     "U.S. Department of State", P::kSanctions, "MS-13", M::kAsserted},
    {"The United States sanctioned Tren de Aragua of Venezuela and MS-13 of El Salvador.", "United States",
     P::kSanctions, "MS-13", M::kAsserted},
    // The sentence's subject takes the office of the one it succeeded.
    {"Mark Carney became prime minister in March 2025, succeeding Justin Trudeau as leader of the Liberal Party.",
     "Mark Carney", P::kHoldsPosition, "Liberal Party", M::kAsserted},
    // "once X's main supplier".
    {"Venezuela, once Cuba's main supplier, can no longer provide much.", "Venezuela", P::kAids, "Cuba",
     M::kAsserted},
    // A relative clause after a name and its noun.
    {"Novatek's Arctic LNG 2 project, which the United States sanctioned in 2023, has shipped cargoes to China.",
     "United States", P::kSanctions, "Arctic LNG 2", M::kAsserted},
    // A sentence with many names and a lower-case verb is no headline: its agreement's name stands.
    {"Pakistani Prime Minister Shehbaz Sharif signed a Strategic Mutual Defence Agreement in Riyadh.",
     "Shehbaz Sharif", P::kParticipatesIn, "Strategic Mutual Defence Agreement", M::kAsserted},
    // Two signatories, each with a demonym and a title.
    {"Saudi Crown Prince Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif signed a Strategic Mutual "
     "Defence Agreement in Riyadh.",
     "Mohammed bin Salman", P::kCooperatesWith, "Shehbaz Sharif", M::kAsserted},
    // "one of X's largest oil suppliers".
    {"Saudi Arabia is also one of India's largest oil suppliers.", "Saudi Arabia", P::kCooperatesWith, "India",
     M::kAsserted},
    // Access to bases granted to another's forces.
    {"The Philippines has allowed American forces access to bases in Luzon.", "Philippines", P::kCooperatesWith,
     "United States", M::kAsserted},
    // A named operation the knowledge base knows, launched by a body.
    {"NATO launched Baltic Sentry in January 2025 to protect undersea infrastructure.", "NATO", P::kParticipatesIn,
     "Baltic Sentry", M::kAsserted},
    // Two who imposed a sanction named before a "that" clause.
    {"Tankers carry Russia's oil around the price cap that the G7 and the European Union imposed in December 2022.",
     "oil price cap", P::kEnactedBy, "European Union", M::kAsserted},
    // A body "includes only" its members.
    {"The Eurasian Economic Union includes only Kazakhstan and Kyrgyzstan among the five.", "Kyrgyzstan",
     P::kMemberOf, "Eurasian Economic Union", M::kAsserted},
    // An apposition of a list, "both hit by" tariffs of another.
    {"Japan and South Korea, both hit by American tariffs earlier in the year, left the tour.", "United States",
     P::kSanctions, "South Korea", M::kAsserted},
    // Hit by a state's tariffs is sanctioned, not attacked.
    {"Japan was hit by American tariffs.", "United States", P::kSanctions, "Japan", M::kAsserted},
    // "it" after ", and" is the body that opens the sentence after a short phrase.
    {"For the first time, the EU also listed Chinese refineries that buy Russian crude, and it blacklisted the A7A5 "
     "stablecoin.",
     "European Union", P::kSanctions, "A7A5", M::kAsserted},
    // A party of the founder's state.
    {"Chile votes in December. Santiago is tense. Chile's right is united. José Antonio Kast, the founder of the "
     "Republican Party, leads.",
     "José Antonio Kast", P::kFounded, "Republican Party of Chile", M::kAsserted},
    // A joint event of two states named by their demonyms.
    {"Poland closed its border for Zapad-2025, the joint Russian and Belarusian military exercises held near the "
     "frontier.",
     "Russia", P::kParticipatesIn, "Belarusian military exercises", M::kAsserted},
    {"Poland closed its border for Zapad-2025, the joint Russian and Belarusian military exercises held near the "
     "frontier.",
     "Belarus", P::kCooperatesWith, "Russia", M::kAsserted},
    // A trip made to press a counterpart.
    {"Foreign Minister Wang Yi travelled to Warsaw to press his Polish counterpart, Radosław Sikorski, to reopen the "
     "crossing.",
     "Wang Yi", P::kMeets, "Radosław Sikorski", M::kAsserted},
    // A demonym and a company's noun before the company's name: the name is the target.
    {"Washington lifted sanctions on the Belarusian airline Belavia in exchange.", "sanctions", P::kTargets,
     "Belavia", M::kAsserted},
    // "without changing" keeps the tie.
    {"Poland has warned that such deals reward Alexander Lukashenko without changing his alliance with Moscow.",
     "Russia", P::kCooperatesWith, "Alexander Lukashenko", M::kAsserted},
    // "replacing X with Y": Y takes X's office.
    {"He reshuffled his cabinet, replacing Finance Minister Sri Mulyani Indrawati, who had served three presidents, "
     "with Purbaya Yudhi Sadewa.",
     "Purbaya Yudhi Sadewa", P::kHoldsPosition, "Indonesia", M::kAsserted},
    // State agents after "In the following days".
    {"Georgia voted. Tbilisi waits. Georgia is tense. In the following days, the authorities arrested five opposition "
     "figures, including the opera singer Paata Burchuladze.",
     "Georgia", P::kDetains, "Paata Burchuladze", M::kAsserted},
    // "formerly led by": a former leader.
    {"The ruling Amanat party, formerly led by Nursultan Nazarbayev, still dominates the lower house.",
     "Nursultan Nazarbayev", P::kHoldsPosition, "Amanat", M::kAsserted},
    // A trip "for talks with" a counterpart, past an apposition to the place.
    {"In July 2025, Sergei Lavrov flew to Wonsan, North Korea's new beach resort, for talks with his North Korean "
     "counterpart, Choe Son Hui.",
     "Sergei Lavrov", P::kMeets, "Choe Son Hui", M::kAsserted},
    // Two who met on the sidelines of a summit both take part in it.
    {"Narendra Modi met Xi Jinping in Kazan on the sidelines of the BRICS summit.", "Xi Jinping",
     P::kParticipatesIn, "BRICS summit", M::kAsserted},
    // "would stand with".
    {"Cuba said it would stand with Venezuela.", "Cuba", P::kSupports, "Venezuela", M::kHypothetical},
    // "largest bilateral creditor".
    {"China remains Sri Lanka's largest bilateral creditor.", "China", P::kCooperatesWith, "Sri Lanka",
     M::kAsserted},
    // Front-runners for membership seek it.
    {"Montenegro and Albania have become the front-runners for membership of the European Union.", "Albania",
     P::kMemberOf, "European Union", M::kProposed},
    // Each of a list of callers met the one called.
    {"Keir Starmer, Emmanuel Macron and Friedrich Merz called Donald Trump in advance.", "Emmanuel Macron", P::kMeets,
     "Donald Trump", M::kAsserted},
    // Those a body's member is a member with are members too.
    {"South Africa leans toward the BRICS group, of which it is a founding member with Brazil, Russia, India and "
     "China.",
     "India", P::kMemberOf, "BRICS", M::kAsserted},
    // Swap lines announced, sized in words, kept, or held with a demonym's
    // central bank.
    {"The United States announced a twenty-billion-dollar currency swap line with Argentina's central bank.",
     "United States", P::kAids, "Argentina", M::kAsserted},
    {"China has kept a currency swap with the Argentine central bank worth eighteen billion dollars.", "China",
     P::kCooperatesWith, "Argentina", M::kAsserted},
    // States that form a body together are its members.
    {"Russia and Belarus form the Union State.", "Belarus", P::kMemberOf, "Union State", M::kAsserted},
    {"Mali, Burkina Faso and Niger together make up the Alliance of Sahel States.", "Niger", P::kMemberOf,
     "Alliance of Sahel States", M::kAsserted},
    // The first of a list of three states that met meets each of the others
    // (the plural title before them is theirs).
    {"On March 31, 2025, the presidents of Kyrgyzstan, Tajikistan and Uzbekistan met in Khujand.", "Kyrgyzstan",
     P::kMeets, "Uzbekistan", M::kAsserted},
    {"Kyrgyzstan, Tajikistan and Uzbekistan met in Khujand.", "Kyrgyzstan", P::kMeets, "Tajikistan", M::kAsserted},
    // A trip made to sign something with someone.
    {"Prime Minister Keir Starmer flew to Ankara to sign it with President Recep Tayyip Erdoğan.", "Keir Starmer",
     P::kMeets, "Recep Tayyip Erdoğan", M::kAsserted},
    // Arms bought under a contract signed to buy them, or named by the
    // seller's demonym and a model.
    {"Turkey signed a contract on October 27, 2025, to buy twenty Eurofighter Typhoon jets from Britain.",
     "United Kingdom", P::kAids, "Turkey", M::kAsserted},
    {"Ankara was expelled from the programme in 2019 after it bought the Russian S-400 air defence system.", "Russia",
     P::kAids, "Turkey", M::kAsserted},
    // Bases in two states at once.
    {"Russia, which has bases in both Kyrgyzstan and Tajikistan, stayed on the sidelines.", "Russia",
     P::kCooperatesWith, "Kyrgyzstan", M::kAsserted},
    // An exercise two states held together.
    {"Poland closed its crossings during the Zapad military exercise that Russia and Belarus held together.",
     "Belarus", P::kParticipatesIn, "Zapad military exercise", M::kAsserted},
    // Listing asked for, with words between the listed and the list.
    {"Lithuania asked the European Union to add Belarusian officials responsible for the balloons to its sanctions "
     "list.", "European Union", P::kSanctions, "Belarus", M::kProposed},
    // Help asked for is only proposed.
    {"She asked for Russian support for Gagauzia's pensions and gas.", "Russia", P::kAids, "Gagauzia",
     M::kProposed},
    // A term won in an election is a part in it.
    {"Alassane Ouattara won a fourth term as president of Côte d'Ivoire in the election of October 25, 2025.",
     "Alassane Ouattara", P::kParticipatesIn, "election of October 25, 2025", M::kAsserted},
    // A state's coast guard supplied with boats.
    {"Tokyo has supplied the Philippine coast guard with patrol boats and coastal radars.", "Japan", P::kAids,
     "Philippines", M::kAsserted},
    // Plural and "similar" agreements, and "one" signed with a state.
    {"Japan has similar access agreements with Australia and the United Kingdom.", "Japan", P::kCooperatesWith,
     "Australia", M::kAsserted},
    {"Manila is now negotiating similar agreements with France and New Zealand, and has signed one with Canada.",
     "Philippines", P::kCooperatesWith, "Canada", M::kAsserted},
    // Money given as a double object in the perfect.
    {"The European Union has given Rwanda forty million euros to support the mission.", "European Union", P::kAids,
     "Rwanda", M::kAsserted},
    // Aid funded for a state.
    {"In 2024 the European Union agreed to fund non-lethal military aid for Armenia through the European Peace "
     "Facility.", "European Union", P::kAids, "Armenia", M::kAsserted},
    // A path towards membership is membership sought.
    {"Vučić also said that Serbia would stay on its path towards membership in the European Union.", "Serbia",
     P::kMemberOf, "European Union", M::kProposed},
    // A body named as a person's.
    {"The Christian Democratic Appeal of Henri Bontenbal came third.", "Henri Bontenbal", P::kMemberOf,
     "Christian Democratic Appeal", M::kAsserted},
    {"Geert Wilders' Party for Freedom lost eleven seats.", "Geert Wilders", P::kMemberOf, "Party for Freedom",
     M::kAsserted},
    // "him" after an aside on the subject is the person of the sentence before.
    {"Rob Jetten has promised to keep that course. Mark Rutte, the former Dutch prime minister who now leads NATO, "
     "congratulated him.", "Mark Rutte", P::kPraises, "Rob Jetten", M::kAsserted},
    // A kind of body between the name and ", whose".
    {"He wants a coalition with the GroenLinks-PvdA alliance, whose leader Frans Timmermans resigned.",
     "Frans Timmermans", P::kHoldsPosition, "GroenLinks-PvdA", M::kAsserted},
    // Strikes on targets in a state, in what the striker called an operation.
    {"India launched missile strikes on targets in Pakistan on May 7, 2025, in what it called Operation Sindoor.",
     "India", P::kAttacks, "Pakistan", M::kAsserted},
    {"India launched missile strikes on targets in Pakistan on May 7, 2025, in what it called Operation Sindoor.",
     "India", P::kParticipatesIn, "Operation Sindoor", M::kAsserted},
    // Among a state's fiercest critics.
    {"Netanyahu has ruled out any role for Turkey, whose president Recep Tayyip Erdoğan has been among Israel's "
     "fiercest critics.", "Recep Tayyip Erdoğan", P::kCriticizes, "Israel", M::kAsserted},
    // Membership after "but", of the EEA.
    {"Norway is not a member of the European Union but belongs to the European Economic Area.", "Norway",
     P::kMemberOf, "European Economic Area", M::kAsserted},
    {"Bulgaria and Romania joined the Schengen area in January 2025.", "Romania", P::kMemberOf, "Schengen Area",
     M::kAsserted},
    // The body an aside ends with is not who "is led by" someone.
    {"The Alliance Fleuve Congo, the political coalition that includes the M23, is led by Corneille Nangaa.",
     "Corneille Nangaa", P::kHoldsPosition, "Alliance Fleuve Congo", M::kAsserted},
    // Strikes continued.
    {"Russian forces continued to strike Ukrainian cities in the days after the summit.", "Russia", P::kAttacks,
     "Ukraine", M::kAsserted},
    // Security guarantees help provided.
    {"Trump told them that the United States would help provide security guarantees for Ukraine.", "United States",
     P::kAids, "Ukraine", M::kHypothetical},
    // "the three European states": a demonym between the count and the noun.
    {"Britain, France and Germany triggered the snapback. The three European states accused Tehran of violating the "
     "agreement.", "France", P::kCriticizes, "Iran", M::kAsserted},
    // A relative clause after a list whose last item has "the".
    {"Israel and the United States, which struck Iran's nuclear sites in June, have warned Tehran.", "Israel",
     P::kAttacks, "Iran", M::kAsserted},
    // Called a separatist.
    {"China called Lai Ching-te a separatist.", "China", P::kCriticizes, "Lai Ching-te", M::kAsserted},
    // A meeting called off was not held.
    {"A second meeting between Trump and Putin, planned for Budapest in October, was called off.", "Donald Trump",
     P::kMeets, "Vladimir Putin", M::kNegated},
    // A list that ends in "and several other groups".
    {"Trump designated the Sinaloa Cartel, the Jalisco New Generation Cartel and several other groups as foreign "
     "terrorist organisations.", "Donald Trump", P::kSanctions, "Jalisco New Generation Cartel", M::kAsserted},
    {"Sylvia Bongo and her son Noureddin were held for a year.", "Noureddin", P::kFamilyOf, "Sylvia Bongo",
     M::kAsserted},
    // A suspension lifted, a member readmitted.
    {"The African Union lifted Gabon's suspension after the vote.", "Gabon", P::kMemberOf, "African Union",
     M::kAsserted},
    {"ECOWAS readmitted Guinea to its bodies in 2024.", "Guinea", P::kMemberOf, "ECOWAS", M::kAsserted},
    // Relations sunk to their lowest point.
    {"Relations between Ethiopia and Eritrea have sunk to their lowest point since 2018.", "Ethiopia",
     P::kCooperatesWith, "Eritrea", M::kNegated},
    // The copy a relative pronoun leaves after "to" opens its own clause.
    {"Egypt has sent weapons and troops to Somalia, which accuses Ethiopia of violating its sovereignty.", "Somalia",
     P::kCriticizes, "Ethiopia", M::kAsserted},
    // Groups armed, named after "including".
    {"Addis Ababa says that Asmara is arming Ethiopian rebels, including the Fano militias in the Amhara region.",
     "Eritrea", P::kAids, "Fano", M::kAsserted},
    // Help to rebuild, promised.
    {"Saudi Arabia has promised to help rebuild Lebanon once reforms are under way.", "Saudi Arabia", P::kAids,
     "Lebanon", M::kProposed},
    // A person's party in an apposition, with a hyphened name.
    {"Machar's party, the Sudan People's Liberation Movement-in-Opposition, says the case is political.",
     "Riek Machar", P::kMemberOf, "Sudan People's Liberation Movement-in-Opposition", M::kAsserted},
    // "its" opening a clause after ", and" is the sentence subject's.
    {"Uganda sent troops to Juba in March at Kiir's request, and its army chief, Muhoozi Kainerugaba, said they "
     "would defend the president.", "Muhoozi Kainerugaba", P::kHoldsPosition, "Uganda", M::kAsserted},
    // Those left or joined with.
    {"Niger left ECOWAS in January 2025, together with Mali and Burkina Faso.", "Mali", P::kMemberOf, "ECOWAS",
     M::kNegated},
    {"Finland joined NATO in 2023, along with Sweden.", "Sweden", P::kMemberOf, "NATO", M::kAsserted},
    // A state's sovereignty recognised.
    {"The United States recognised Moroccan sovereignty over the territory in December 2020.", "United States",
     P::kSupports, "Morocco", M::kAsserted},
    // "the country" after an aside naming a second state.
    {"Washington backed the plan. Saudi Arabia, which had cut its support for Lebanon, has promised to help rebuild "
     "the country.", "Saudi Arabia", P::kAids, "Lebanon", M::kProposed},
    // A contractor chosen, a date between.
    {"Kazakhstan chose Russia's state nuclear company Rosatom on June 14, 2025, to lead the consortium.",
     "Kazakhstan", P::kCooperatesWith, "Rosatom", M::kAsserted},
    // A relative clause on an event, read though the sentence goes on.
    {"Kosovo held parliamentary elections in February 2025, which Kurti's Self-Determination Movement won, but "
     "parliament stalled.", "Albin Kurti", P::kMemberOf, "Vetëvendosje", M::kAsserted},
    {"Kosovo held parliamentary elections in February 2025, which Kurti's Self-Determination Movement won.",
     "Vetëvendosje", P::kParticipatesIn, "parliamentary elections in February 2025", M::kAsserted},
    // A visit made for talks with someone.
    {"Lee Jae-myung visited Tokyo in August for talks with Shigeru Ishiba.", "Lee Jae-myung", P::kMeets,
     "Shigeru Ishiba", M::kAsserted},
    // A programme advanced with another's help.
    {"Both face the same threat from North Korea, whose missile programme has advanced with Russian help.", "Russia",
     P::kAids, "North Korea", M::kAsserted},
    // A designation in a relative clause on the group.
    {"The strike hit a vessel of Tren de Aragua, the Venezuelan gang that the State Department designated as a "
     "foreign terrorist organisation in February.", "U.S. Department of State", P::kSanctions, "Tren de Aragua",
     M::kAsserted},
    // The largest base of another state.
    {"Qatar, which hosts the largest American air base in the region, had mediated.", "Qatar", P::kCooperatesWith,
     "United States", M::kAsserted},
    // A founder named in an apposition after the body's possessive.
    {"Georgian Dream's founder, the billionaire Bidzina Ivanishvili, was sanctioned.", "Bidzina Ivanishvili",
     P::kFounded, "Georgian Dream", M::kAsserted},
    // A second agent after "and by".
    {"Ivanishvili was sanctioned by the United States in December 2024 and by Britain and the Baltic states later.",
     "United Kingdom", P::kSanctions, "Bidzina Ivanishvili", M::kAsserted},
    // A party after "her" is hers.
    {"Sheikh Hasina called the verdict a farce and said her Awami League would not accept it.", "Sheikh Hasina",
     P::kMemberOf, "Awami League", M::kAsserted},
    // A possessor's kin opens the sentence as its subject.
    {"Khalifa Haftar rules the east. Haftar's son Saddam has taken on a growing role and visited Washington.",
     "Saddam", P::kMeets, "United States", M::kAsserted},
    // Cutting off exports is the sanction; threatened, only proposed.
    {"Fico threatened to cut off electricity exports to Ukraine.", "Robert Fico", P::kSanctions, "Ukraine",
     M::kProposed},
    {"Fico cut off electricity exports to Ukraine.", "Robert Fico", P::kSanctions, "Ukraine", M::kAsserted},
    // An ending verb in an aside, or the rule's own verb, negates nothing.
    {"Moldova, which had already stopped buying Russian gas, accused Moscow of using energy to destabilise the "
     "country.", "Moldova", P::kCriticizes, "Russia", M::kAsserted},
    {"Moldova, which had already stopped buying Russian gas, accused Moscow of using energy to destabilise the "
     "country.", "Moldova", P::kSanctions, "Russia", M::kAsserted},
    // A title with a "for ..." portfolio before the name met.
    {"Syria's Foreign Minister Asaad al-Shaibani met Israel's Minister for Strategic Affairs Ron Dermer in Paris.",
     "Asaad al-Shaibani", P::kMeets, "Ron Dermer", M::kAsserted},
    // The preposition repeated before the second target.
    {"Ukraine imposed sanctions on Timur Mindich and on Oleksandr Tsukerman, another suspect.", "Ukraine",
     P::kSanctions, "Oleksandr Tsukerman", M::kAsserted},
    // "both of which" stands for the list before it.
    {"The United States and the European Union, both of which list the PKK as a terrorist organisation, have "
     "welcomed the process.", "United States", P::kSanctions, "PKK", M::kAsserted},
    // A party's candidate in an apposition, backed by a titled person.
    {"Eduardo del Castillo, the MAS candidate backed by outgoing President Luis Arce, won barely three percent.",
     "Luis Arce", P::kSupports, "Eduardo del Castillo", M::kAsserted},
    {"Eduardo del Castillo, the MAS candidate backed by outgoing President Luis Arce, won barely three percent.",
     "Eduardo del Castillo", P::kMemberOf, "Movement for Socialism", M::kAsserted},
    // A contact clause in an apposition: the name before it is the object.
    {"The Wagner Group, a mercenary outfit Yevgeny Prigozhin founded in 2014, fought in Mali.", "Yevgeny Prigozhin",
     P::kFounded, "Wagner Group", M::kAsserted},
    {"The SDF, the Kurdish-led militia Washington backs, controls Raqqa.", "United States", P::kSupports,
     "Syrian Democratic Forces", M::kAsserted},
    {"Hezbollah, a movement Iran funds and arms, rebuilt its arsenal.", "Iran", P::kSupports, "Hezbollah",
     M::kAsserted},
    // "her" stands for no one whose given name is a man's.
    {"María Corina Machado spoke with Donald Trump by telephone, and Secretary of State Marco Rubio, who had "
     "nominated her when he was a senator, congratulated her.", "Marco Rubio", P::kPraises, "María Corina Machado",
     M::kAsserted},
    // A fronted clause of meeting is the main subject's.
    {"On November 19, after meeting Crown Prince Mohammed bin Salman at the White House, Donald Trump said he would "
     "work on Sudan.", "Donald Trump", P::kMeets, "Mohammed bin Salman", M::kAsserted},
    // A party "(SPD) of" its leader, an alliance of a titled one.
    {"Babiš will govern with the Freedom and Direct Democracy party (SPD) of Tomio Okamura.", "Tomio Okamura",
     P::kMemberOf, "Freedom and Direct Democracy", M::kAsserted},
    {"The outgoing Spolu alliance of Prime Minister Petr Fiala lost.", "Petr Fiala", P::kMemberOf, "Spolu",
     M::kAsserted},
    // Parties sit in a parliamentary group.
    {"ANO sits with Orbán's Fidesz in the Patriots for Europe group in the European Parliament.", "ANO", P::kMemberOf,
     "Patriots for Europe", M::kAsserted},
    {"ANO sits with Orbán's Fidesz in the Patriots for Europe group in the European Parliament.", "Fidesz",
     P::kMemberOf, "Patriots for Europe", M::kAsserted},
    // Not leaving either of two bodies.
    {"Babiš said the Czech Republic will not leave NATO or the European Union.", "Czech Republic", P::kMemberOf,
     "European Union", M::kAsserted},
    // A head of state's title after his party: the party is his.
    {"Honduras voted, and Hondurans in Tegucigalpa waited. He would pardon Juan Orlando Hernández, the former "
     "National Party president who is serving a sentence.",
     "Juan Orlando Hernández", P::kMemberOf, "National Party of Honduras", M::kAsserted},
    // Aid paused together with intelligence sharing "with" the recipient.
    {"Washington paused military aid and intelligence sharing with Kyiv days later.", "United States", P::kAids,
     "Ukraine", M::kNegated},
    // Warrants: a date before "for", a possessor's titled officer; an
    // arrest with a long time phrase before "on a warrant".
    {"The International Criminal Court issued arrest warrants in July for the Taliban's supreme leader, Hibatullah "
     "Akhundzada, for persecuting women.", "International Criminal Court", P::kDetains, "Hibatullah Akhundzada",
     M::kProposed},
    {"Rodrigo Duterte was arrested at Manila's airport on March 11, hours after returning from Hong Kong, on a "
     "warrant issued by the International Criminal Court.", "International Criminal Court", P::kDetains,
     "Rodrigo Duterte", M::kAsserted},
    // "his X party" with the party's head word in lower case.
    {"Jens-Frederik Nielsen became prime minister of Greenland in April after his Demokraatit party won the "
     "election.", "Jens-Frederik Nielsen", P::kMemberOf, "Demokraatit", M::kAsserted},
    // A role "from" a party in an apposition.
    {"José Jerí, a lawyer from the centre-right Somos Perú party, is a little-known figure.", "José Jerí",
     P::kMemberOf, "Somos Perú", M::kAsserted},
    // A state's demonym titling the person placed on a list.
    {"On October 24 the Treasury Department placed Colombian President Gustavo Petro on its list of Specially "
     "Designated Nationals, accusing him of allowing drug cartels to flourish.", "U.S. Department of the Treasury",
     P::kSanctions, "Gustavo Petro", M::kAsserted},
    // Titled heads after commas in a list of people.
    {"Chancellor Friedrich Merz, President Emmanuel Macron and Prime Minister Keir Starmer spoke with Donald Trump "
     "by telephone.", "Friedrich Merz", P::kMeets, "Donald Trump", M::kAsserted},
    // The leader of a delegation met is met too.
    {"In Geneva, Marco Rubio met a Ukrainian delegation led by Andriy Yermak.", "Marco Rubio", P::kMeets,
     "Andriy Yermak", M::kAsserted},
    // The office a person won, named as a noun.
    {"Cheng Li-wun won the chairmanship of the Kuomintang on October 18.", "Cheng Li-wun", P::kHoldsPosition,
     "Kuomintang", M::kAsserted},
    {"Kemi Badenoch won the leadership of the Conservative Party in 2024.", "Kemi Badenoch", P::kHoldsPosition,
     "Conservative Party", M::kAsserted},
    // A rate spelled out in words before the target.
    {"Washington imposed tariffs of thirty percent on South African goods in August.", "United States",
     P::kSanctions, "South Africa", M::kAsserted},
    // One word between "the" and a company's noun names the company.
    {"Billions moved through the Grinex exchange. In August the Treasury Department sanctioned Grinex.",
     "U.S. Department of the Treasury", P::kSanctions, "Grinex", M::kAsserted},
    // A fronted meal or meeting "with" someone is the main subject's.
    {"After a lunch with President Donald Trump, the Hungarian prime minister Viktor Orbán announced an exemption.",
     "Viktor Orbán", P::kMeets, "Donald Trump", M::kAsserted},
    // A relative clause in the present names the critic.
    {"Azerbaijan, which France accuses of supporting Kanak activists, has denied interfering.", "France",
     P::kCriticizes, "Azerbaijan", M::kAsserted},
    // A body named after the state, after "of", owns "its".
    {"On October 24 an Ankara court threw out a case that sought to annul the 2023 congress of the Republican "
     "People's Party (CHP) and remove its leader, Özgür Özel.", "Özgür Özel", P::kHoldsPosition,
     "Republican People's Party", M::kAsserted},
    // A name modifying an event after "after" opens no clause.
    {"Foreign Minister Abbas Araghchi flew to Moscow after the American bombing of Fordow and met Vladimir Putin.",
     "Abbas Araghchi", P::kMeets, "Vladimir Putin", M::kAsserted},
    // The antecedent supplies, whoever says so.
    {"The United Arab Emirates, which United Nations experts say has supplied the Rapid Support Forces with weapons, "
     "has not commented.", "United Arab Emirates", P::kAids, "Rapid Support Forces", M::kAsserted},
    // Talks a verb of ending takes as its object are ended.
    {"Donald Trump announced that he was terminating all trade negotiations with Canada.", "Canada", P::kMeets,
     "Donald Trump", M::kNegated},
    // A body's placeholder before the title of the one killed.
    {"The arrests escalated after Israel killed the Houthi prime minister, Ahmed al-Rahawi, in an air strike on "
     "Sanaa.", "Israel", P::kAttacks, "Ahmed al-Rahawi", M::kAsserted},
    // A titled person removed from a sanctions list, with another after "and".
    {"The Security Council voted on November 6 to remove President Ahmed al-Sharaa and Interior Minister Anas "
     "Khattab from its sanctions list.", "UN Security Council", P::kSanctions, "Ahmed al-Sharaa", M::kNegated},
    // "his" party is not that of a person the KB has in another party.
    {"In 2025 Raila Odinga signed a cooperation agreement with William Ruto that brought members of his Orange "
     "Democratic Movement into the cabinet.", "Raila Odinga", P::kMemberOf, "Orange Democratic Movement",
     M::kAsserted},
    // A letter of intent is a deal signed.
    {"On October 22 President Volodymyr Zelensky and Swedish Prime Minister Ulf Kristersson signed a letter of intent "
     "in Linköping.", "Volodymyr Zelensky", P::kCooperatesWith, "Ulf Kristersson", M::kAsserted},
    // "met more than twenty times": a count after "met" ends the pair's meeting.
    {"Kamchybek Tashiev and Saimumin Yatimov met more than twenty times over two years.", "Kamchybek Tashiev",
     P::kMeets, "Saimumin Yatimov", M::kAsserted},
    // The forces of two states named by demonyms fought the war.
    {"In 2022 Tajik and Kyrgyz forces fought a short border war.", "Kyrgyzstan", P::kParticipatesIn, "border war",
     M::kAsserted},
    // "with no" describes the apposition's noun; it denies no verb.
    {"In January Prime Minister Miloš Vučević resigned, and in April parliament confirmed Đuro Macut, an "
     "endocrinologist with no political record, as his successor.",
     "Đuro Macut", P::kHoldsPosition, "Serbia", M::kAsserted},
    // "the poll" after an election is the election; condemning it criticises it.
    {"The junta held a general election on December 28. The United States condemned the poll as a sham.",
     "United States", P::kCriticizes, "general election", M::kAsserted},
    // A struck airliner is named before its route, not after it.
    {"On December 25 an Azerbaijan Airlines passenger jet flying from Baku to Grozny was hit by Russian air defences.",
     "Russia", P::kAttacks, "Azerbaijan Airlines", M::kAsserted},
    // A land between two others borders each.
    {"Mongolia sits between Russia and China, which buy almost all of its exports.", "Mongolia", P::kBorders, "China",
     M::kAsserted},
    {"Armenia, wedged between Turkey and Azerbaijan, has few friends.", "Armenia", P::kBorders, "Turkey",
     M::kAsserted},
    // An observer state belongs.
    {"Mongolia is an observer in the Shanghai Cooperation Organisation.", "Mongolia", P::kMemberOf,
     "Shanghai Cooperation Organisation", M::kAsserted},
    {"Xi Jinping met Khürelsükh at the summit of the Shanghai Cooperation Organisation, where Mongolia is an observer.",
     "Mongolia", P::kMemberOf, "Shanghai Cooperation Organisation", M::kAsserted},
    // A list of leaders, each with his state, after "its leaders,".
    {"Its leaders, Assimi Goïta of Mali, Ibrahim Traoré of Burkina Faso and Abdourahamane Tiani of Niger, met in "
     "Bamako in December.",
     "Assimi Goïta", P::kMeets, "Abdourahamane Tiani", M::kAsserted},
    // A parenthetical adverb between a name and its verb.
    {"The Taliban, for their part, have deepened ties with India.", "Taliban", P::kCooperatesWith, "India",
     M::kAsserted},
    {"Baku, however, has deepened ties with Ankara.", "Azerbaijan", P::kCooperatesWith, "Turkey", M::kAsserted},
    // "the two presidents": one named in the sentence before, one in this one.
    {"Aliyev demanded an apology. Vladimir Putin apologised for what he called a tragic incident in October, when the "
     "two presidents met in Dushanbe.",
     "Ilham Aliyev", P::kMeets, "Vladimir Putin", M::kAsserted},
    // A "where" clause that the brief reading drops is read on its own.
    {"In April Prabowo Subianto flew to Moscow, where Vladimir Putin received him at the Kremlin, and in September he "
     "stood beside Xi Jinping.",
     "Vladimir Putin", P::kMeets, "Prabowo Subianto", M::kAsserted},
    // The one succeeded held the successor's office.
    {"President Samia Suluhu Hassan, who succeeded John Magufuli in 2021, was declared the winner.", "John Magufuli",
     P::kHoldsPosition, "Tanzania", M::kAsserted},
    // Events in a list of places are in each.
    {"The protests in Kenya, Indonesia, the Philippines and Peru had different causes.", "protests in Kenya",
     P::kLocatedIn, "Philippines", M::kAsserted},
    // A parenthetical adverb after a plural noun of people.
    {"Israeli and Syrian officials, meanwhile, have met in Baku and Paris.", "Israel", P::kMeets, "Syria",
     M::kAsserted},
    // Others delisted with the person.
    {"In October the Treasury Department removed Milorad Dodik and members of his family from its sanctions list.",
     "U.S. Department of the Treasury", P::kSanctions, "Milorad Dodik", M::kNegated},
    // A deal "of" something, signed with a person.
    {"Tokayev visited Moscow in November and signed a declaration of comprehensive strategic partnership with Putin.",
     "Kassym-Jomart Tokayev", P::kCooperatesWith, "Vladimir Putin", M::kAsserted},
    // "attacks by" opening the match is the rule's own noun.
    {"Israel says it is responding to attacks by Hamas on its soldiers.", "Hamas", P::kAttacks, "Israel",
     M::kAsserted},
    {"The attacks by Boko Haram in Nigeria continued.", "Boko Haram", P::kAttacks, "Nigeria", M::kAsserted},
    // A compound of two lower-case words before the body.
    {"Mazloum Abdi, the commander of the Kurdish-led Syrian Democratic Forces, agreed.", "Mazloum Abdi",
     P::kHoldsPosition, "Syrian Democratic Forces", M::kAsserted},
    // The winner named after "was won by" ran.
    {"An early presidential election in November was won by Siniša Karan.", "Siniša Karan", P::kParticipatesIn,
     "early presidential election in November", M::kAsserted},
    // "who" after an apposition with a possessor is the person it describes.
    {"Siniša Karan, a loyalist of Dodik's Alliance of Independent Social Democrats, who met Vladimir Putin in Moscow, "
     "won.",
     "Siniša Karan", P::kMeets, "Vladimir Putin", M::kAsserted},
    {"Karan defeated Branko Blanuša of the Serb Democratic Party.", "Branko Blanuša", P::kMemberOf,
     "Serb Democratic Party", M::kAsserted},
    // A party before a governor's title; the office is of the place after "of".
    {"Axel Kicillof, the Peronist governor of Buenos Aires province, said that Argentines had voted with a gun to "
     "their heads.",
     "Axel Kicillof", P::kHoldsPosition, "Buenos Aires Province", M::kAsserted},
    // Two states that negotiated met.
    {"Cairo and Addis Ababa have negotiated for more than a decade without a binding agreement.", "Egypt", P::kMeets,
     "Ethiopia", M::kAsserted},
    // A financial partner cooperates.
    {"The United Arab Emirates is one of Ethiopia's main financial partners.", "United Arab Emirates",
     P::kCooperatesWith, "Ethiopia", M::kAsserted},
    // A minister in a capital is one of its state's government.
    {"Getachew Reda, who now serves as a minister in Addis Ababa, accused his rivals of colluding with Asmara.",
     "Getachew Reda", P::kHoldsPosition, "Ethiopia", M::kAsserted},
    // A person after a body's own "of" is a name of his own.
    {"Kast will need the votes of the populist Party of the People of Franco Parisi, who came third.", "Franco Parisi",
     P::kMemberOf, "Party of the People", M::kAsserted},
    // "him" is not one listed with the clause's subject; it is the sentence's.
    {"Kast has praised Javier Milei of Argentina and Nayib Bukele of El Salvador, and Milei travelled to Santiago to "
     "congratulate him.",
     "Javier Milei", P::kMeets, "José Antonio Kast", M::kAsserted},
    // A body, then its founder in a contact clause.
    {"Kast campaigned on crime. The Republican Party he founded in 2019 is the largest force on the right.",
     "José Antonio Kast", P::kFounded, "Republican Party", M::kAsserted},
    // "himself" before an apposition's office.
    {"NATO Secretary-General Mark Rutte, himself a former Dutch prime minister, said the Netherlands would remain a "
     "reliable ally.",
     "Mark Rutte", P::kHoldsPosition, "Netherlands", M::kAsserted},
    // A state's office in an apposition's relative clause, for a known person.
    {"Raila Odinga, the former prime minister who ran for president five times, died in October.", "Raila Odinga",
     P::kHoldsPosition, "Kenya", M::kAsserted},
    {"Jeannette Jara, a communist who served as labour minister under Gabriel Boric, won the first round.",
     "Jeannette Jara", P::kHoldsPosition, "Chile", M::kAsserted},
    // The apposition of a participial aside's agent is about the agent.
    {"The Bangladesh Nationalist Party, led by Tarique Rahman, the son of former prime minister Khaleda Zia, is "
     "expected to win.",
     "Tarique Rahman", P::kFamilyOf, "Khaleda Zia", M::kAsserted},
    // A home minister holds a state office.
    {"Bangladesh is tense. Dhaka is calm. Bangladesh votes in February. Former home minister Asaduzzaman Khan Kamal "
     "received the same sentence.",
     "Asaduzzaman Khan Kamal", P::kHoldsPosition, "Bangladesh", M::kAsserted},
    // "he" after "X said ... that" is the one who said it.
    {"President Lee Jae-myung has offered to resume dialogue, and Donald Trump said during his visit to South Korea "
     "that he would like to meet Kim Jong Un again.",
     "Donald Trump", P::kMeets, "Kim Jong Un", M::kHypothetical},
    // A state's measure owned by its possessive is its own.
    {"Von der Leyen criticised China's export controls on rare earths.", "China's export controls", P::kEnactedBy,
     "China", M::kAsserted},
    // Facing a state's measures is being sanctioned by it.
    {"Lithuania still faces Chinese trade restrictions.", "China", P::kSanctions, "Lithuania", M::kAsserted},
    // A body's name before a noun of its members.
    {"The government replied that Turkey is a NATO ally.", "Turkey", P::kMemberOf, "NATO", M::kAsserted},
    // A pact whose name reads as a body's, signed with a state.
    {"Canberra has also signed the Falepili Union with Tuvalu.", "Australia", P::kCooperatesWith, "Tuvalu",
     M::kAsserted},
    // The body's name before a role in an apposition.
    {"Evan Gershkovich, the Wall Street Journal reporter convicted of espionage, was freed.", "Evan Gershkovich",
     P::kWorksFor, "The Wall Street Journal", M::kAsserted},
    // Greeting someone is meeting him.
    {"Vladimir Putin greeted Vadim Krasikov personally at Vnukovo airport.", "Vladimir Putin", P::kMeets,
     "Vadim Krasikov", M::kAsserted},
    // Opening a sentence, "his" is the person the one before opened with.
    {"Alexei Navalny, whom Putin had hoped to trade, died in an Arctic penal colony in February 2024. His widow, "
     "Yulia Navalnaya, has accused Putin of murdering him.",
     "Yulia Navalnaya", P::kFamilyOf, "Alexei Navalny", M::kAsserted},
    // Detained in a state, after an apposition.
    {"Cécile Kohler and Jacques Paris, two French teachers detained in Iran since May 2022, were released.", "Iran",
     P::kDetains, "Jacques Paris", M::kAsserted},
    {"Narges Mohammadi was arrested again in December at a memorial ceremony in Mashhad.", "Iran", P::kDetains,
     "Narges Mohammadi", M::kAsserted},
    // Held, with those named among them.
    {"Iran holds several other Europeans, including the Swedish-Iranian doctor Ahmadreza Djalali.", "Iran",
     P::kDetains, "Ahmadreza Djalali", M::kAsserted},
    // Ruling since a year is holding the known office.
    {"Lukashenko, who has ruled since 1994, wants to reopen channels to the West.", "Alexander Lukashenko",
     P::kHoldsPosition, "Belarus", M::kAsserted},
    // A second gerund joined by "and" takes "him" as its object; a list named after a body.
    {"Colombian President Gustavo Petro called the strikes murder, and Washington responded by revoking his visa and "
     "placing him on the OFAC sanctions list.",
     "United States", P::kSanctions, "Gustavo Petro", M::kAsserted},
    // A body that admits a state as a member.
    {"ASEAN, which admitted Timor-Leste as its eleventh member in October, has little leverage.", "Timor-Leste",
     P::kMemberOf, "ASEAN", M::kAsserted},
    // A trailing participle takes no cue from the verb before it.
    {"In November Anutin Charnvirakul suspended the declaration, accusing Cambodia of laying new mines.",
     "Anutin Charnvirakul", P::kCriticizes, "Cambodia", M::kAsserted},
    // Opposing aid to a state is withholding it.
    {"Hungary's Viktor Orbán opposes any further aid to Kyiv.", "Viktor Orbán", P::kAids, "Ukraine", M::kNegated},
    // Suing is a complaint against the one sued.
    {"The Central Bank of Russia has sued Euroclear in a Moscow court.", "Bank of Russia", P::kCriticizes,
     "Euroclear", M::kAsserted},
    // A law named after a place is the law's name, enacted by its state.
    {"The Taiwan Relations Act does not oblige the United States to defend the island.", "Taiwan Relations Act",
     P::kEnactedBy, "United States", M::kAsserted},
    // An ambiguous one-word party after "its ally".
    {"Hezbollah and its ally Amal walked out of the meeting.", "Hezbollah", P::kCooperatesWith, "Amal Movement",
     M::kAsserted},
    // The visitor shows the support, not the place visited.
    {"Ali Larijani visited Beirut in August to show support for Hezbollah.", "Ali Larijani", P::kSupports,
     "Hezbollah", M::kAsserted},
    // Succeeding someone as a body's officer, named after the body.
    {"Naim Qassem, who succeeded Hassan Nasrallah as Hezbollah's secretary-general, spoke.", "Naim Qassem",
     P::kHoldsPosition, "Hezbollah", M::kAsserted},
    {"Naim Qassem, who succeeded Hassan Nasrallah as Hezbollah's secretary-general, spoke.", "Hassan Nasrallah",
     P::kHoldsPosition, "Hezbollah", M::kAsserted},
    // "it" in the relative clause on places held is their holder.
    {"The M23 still holds Goma and Bukavu, which it captured in January and February.", "M23", P::kAttacks,
     "Bukavu", M::kAsserted},
    // Aid promised is proposed.
    {"Washington has promised aid to the Lebanese army.", "United States", P::kAids, "Lebanon", M::kProposed},
    // Working with someone on something cooperates; a contractor chosen to build.
    {"Tokayev announced that Kazakhstan would also work with Westinghouse on small modular reactors.", "Kazakhstan",
     P::kCooperatesWith, "Westinghouse Electric Company", M::kHypothetical},
    {"Kazakhstan chose Rosatom in June 2025 to lead the consortium that will build the plant.", "Kazakhstan",
     P::kCooperatesWith, "Rosatom", M::kAsserted},
    // Suspending a member's voting rights punishes it.
    {"The European Union should suspend Hungary's voting rights under Article 7.", "European Union", P::kSanctions,
     "Hungary", M::kProposed},
    // "now" may open an apposition; a title with its "of" phrase, closed by a time.
    {"Shoigu, now the secretary of the Security Council, has not been touched.", "Sergei Shoigu", P::kHoldsPosition,
     "Russia", M::kAsserted},
    {"Meanwhile General Valery Gerasimov, the chief of the General Staff since 2012, remains in charge.",
     "Valery Gerasimov", P::kHoldsPosition, "Russia", M::kAsserted},
    // A place that is also a given name, before a surname.
    {"Taiwan's defence minister, Wellington Koo, said the turmoil showed weakness.", "Wellington Koo",
     P::kHoldsPosition, "Taiwan", M::kAsserted},
    // "a former deputy" title in an apposition, for the article's state.
    {"Russia is tense. Moscow is tense. Russia waits. In July a Moscow court sentenced Timur Ivanov, a former deputy "
     "defence minister, to thirteen years in prison.",
     "Timur Ivanov", P::kHoldsPosition, "Russia", M::kAsserted},
    // "He" inside a sentence after a title is a surname.
    {"Among them was General He Weidong, the vice-chairman of the Central Military Commission.", "He Weidong",
     P::kHoldsPosition, "Central Military Commission", M::kAsserted},
    // A critic of someone criticises him; the possessive names the critics' side.
    {"Abroad, Pedro Sánchez has been one of Europe's most outspoken critics of Israel.", "Pedro Sánchez",
     P::kCriticizes, "Israel", M::kAsserted},
    // "his" is no one whose given name says otherwise.
    {"Pedro Sánchez's wife, Begoña Gómez, and his brother, David Sánchez, are also under investigation.",
     "David Sánchez", P::kFamilyOf, "Pedro Sánchez", M::kAsserted},
    // A place's one-word name that is the surname of a person named before.
    {"Luís Montenegro won the election. Montenegro has ruled out any coalition with Chega.", "Luís Montenegro",
     P::kCooperatesWith, "Chega", M::kNegated},
    // A body's membership is read in the match alone, not past "without".
    {"The Popular Party lacks the votes without Vox, the far-right party of Santiago Abascal, which is rising.",
     "Santiago Abascal", P::kMemberOf, "Vox", M::kAsserted},
    // A title before a body's head word alone names the body; "its" after the body's apposition is the body's.
    {"In October the United States and the United Kingdom imposed sanctions on the Prince Group, a Cambodian "
     "conglomerate, and its chairman, Chen Zhi, accusing them of running forced-labour compounds.",
     "United States", P::kSanctions, "Prince Group", M::kAsserted},
    {"In October the United States and the United Kingdom imposed sanctions on the Prince Group, a Cambodian "
     "conglomerate, and its chairman, Chen Zhi, accusing them of running forced-labour compounds.",
     "Chen Zhi", P::kHoldsPosition, "Prince Group", M::kAsserted},
    // A relative named after "whose"; a kinship after "and a".
    {"Vice President Sara Duterte, whose father, Rodrigo Duterte, is awaiting trial, spoke.", "Rodrigo Duterte",
     P::kFamilyOf, "Sara Duterte", M::kAsserted},
    {"Martin Romualdez, the speaker of the House and a cousin of President Ferdinand Marcos Jr., resigned.",
     "Martin Romualdez", P::kFamilyOf, "Ferdinand Marcos Jr.", M::kAsserted},
    // Condemning what one calls someone's aggression criticises them.
    {"Saudi Crown Prince Mohammed bin Salman condemned what he called Israeli aggression against a brotherly state.",
     "Mohammed bin Salman", P::kCriticizes, "Israel", M::kAsserted},
    // Summoning a state's envoy is a protest.
    {"Even the United Arab Emirates summoned Israel's deputy ambassador.", "United Arab Emirates", P::kCriticizes,
     "Israel", M::kAsserted},
    // Outlawing a body is a measure against it.
    {"In April 2025 Jordan banned the Muslim Brotherhood and seized its assets.", "Jordan", P::kSanctions,
     "Muslim Brotherhood", M::kAsserted},
    // "helped broker" anchors the deal it brokered.
    {"With Egypt and Turkey, Qatar helped broker the ceasefire in Gaza that took effect in October.", "Qatar",
     P::kParticipatesIn, "ceasefire in Gaza", M::kAsserted},
    // A title before the second of two who signed.
    {"Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdogan signed the Athens Declaration in December "
     "2023.",
     "Kyriakos Mitsotakis", P::kCooperatesWith, "Recep Tayyip Erdoğan", M::kAsserted},
    // The Turkish Cypriot leader leads the north.
    {"President Nikos Christodoulides has met the new Turkish Cypriot leader, Tufan Erhürman.", "Tufan Erhürman",
     P::kHoldsPosition, "Northern Cyprus", M::kAsserted},
    // A member of neither.
    {"Turkmenistan is neutral by law and belongs neither to the Collective Security Treaty Organization nor to the "
     "Eurasian Economic Union.",
     "Turkmenistan", P::kMemberOf, "Eurasian Economic Union", M::kNegated},
    // "it" after a colon; observer status.
    {"Uzbekistan has kept its distance from Moscow's blocs: it left the CSTO in 2012 and has only observer status in "
     "the Eurasian Economic Union.",
     "Uzbekistan", P::kMemberOf, "Collective Security Treaty Organization", M::kNegated},
    {"Uzbekistan has kept its distance from Moscow's blocs: it left the CSTO in 2012 and has only observer status in "
     "the Eurasian Economic Union.",
     "Uzbekistan", P::kMemberOf, "Eurasian Economic Union", M::kAsserted},
    // Negotiating to join is seeking to.
    {"Uzbekistan is negotiating to join the World Trade Organization.", "Uzbekistan", P::kMemberOf,
     "World Trade Organization", M::kProposed},
    // A count of strikes carried out against a body.
    {"The United States has carried out more than a hundred air strikes against al-Shabaab and the Islamic State in "
     "Somalia.",
     "United States", P::kAttacks, "Islamic State", M::kAsserted},
    // Several arbitration cases filed against a state.
    {"Orano has filed several arbitration cases against Niger.", "Orano", P::kCriticizes, "Niger", M::kAsserted},
    // An active partner cooperates.
    {"India has become one of the Taliban's most active partners.", "India", P::kCooperatesWith, "Taliban",
     M::kAsserted},
    // Arms used by one state against another attack it.
    {"Chinese-made J-10 fighters and missiles were used by Pakistan against India in May.", "Pakistan",
     P::kAttacks, "India", M::kAsserted},
    // A founder named in the body's apposition, or named by the body's possessive.
    {"Lukoil accepted an offer from Gunvor, the Geneva-based commodity trader co-founded by Torbjörn Törnqvist.",
     "Torbjörn Törnqvist", P::kFounded, "Gunvor", M::kAsserted},
    {"Vagit Alekperov, Lukoil's founder, resigned as chief executive in 2022.", "Vagit Alekperov", P::kFounded,
     "Lukoil", M::kAsserted},
    // A single air defence system sent.
    {"Romania has sent a Patriot air defence system to Ukraine.", "Romania", P::kAids, "Ukraine", M::kAsserted},
    // Hosting another state's brigade is cooperation.
    {"Lithuania is hosting a German armoured brigade, the first permanent deployment of German troops abroad.",
     "Lithuania", P::kCooperatesWith, "Germany", M::kAsserted},
    // Paying for a state's budget aids it.
    {"The European Commission, which funds a large part of Ukraine's budget, said the inquiry showed the bureaus "
     "worked.",
     "European Commission", P::kAids, "Ukraine", M::kAsserted},
    {"Washington covers most of Kyiv's military budget.", "United States", P::kAids, "Ukraine", M::kAsserted},
    // Hostile to a body is opposed to it.
    {"President Emomali Rahmon has been the most hostile of Central Asia's leaders to the Taliban.",
     "Emomali Rahmon", P::kOpposes, "Taliban", M::kAsserted},
    // Working contacts restored are cooperation.
    {"In 2025 Tajikistan quietly restored working contacts with Kabul.", "Tajikistan", P::kCooperatesWith,
     "Afghanistan", M::kAsserted},
    // A state set against a member of a body is none.
    {"Russia offered help, and the Collective Security Treaty Organization, of which Tajikistan is a member and "
     "Afghanistan is not, has discussed a programme.",
     "Afghanistan", P::kMemberOf, "Collective Security Treaty Organization", M::kNegated},
    {"Russia offered help, and the Collective Security Treaty Organization, of which Tajikistan is a member and "
     "Afghanistan is not, has discussed a programme.",
     "Tajikistan", P::kMemberOf, "Collective Security Treaty Organization", M::kAsserted},
    // What was urged in a call is no modality of the call.
    {"Donald Trump urged Takaichi in a later call not to provoke Beijing.", "Donald Trump", P::kMeets,
     "Sanae Takaichi", M::kAsserted},
    {"Donald Trump will urge Xi Jinping at their summit to cut tariffs.", "Donald Trump", P::kMeets, "Xi Jinping",
     M::kAsserted},
    // A relative who shares a surname with someone named before is theirs.
    {"Juan Orlando Hernández, who belongs to the same National Party as Nasry Asfura, was convicted in 2024. Prosecutors "
     "showed that he had taken bribes. His brother, Tony Hernández, a former congressman, is serving a life "
     "sentence.",
     "Tony Hernández", P::kFamilyOf, "Juan Orlando Hernández", M::kAsserted},
    // A second place taken, after the first one's date.
    {"The M23, which captured Goma in January and Bukavu in February, still controls much of South Kivu.", "M23",
     P::kAttacks, "Bukavu", M::kAsserted},
    // "the foreign ministers of A and B, X and Y": in order.
    {"The deal was initialled by the foreign ministers of the Democratic Republic of the Congo and Rwanda, Thérèse "
     "Kayikwamba Wagner and Olivier Nduhungirehe.",
     "Thérèse Kayikwamba Wagner", P::kHoldsPosition, "Democratic Republic of the Congo", M::kAsserted},
    {"The deal was initialled by the foreign ministers of the Democratic Republic of the Congo and Rwanda, Thérèse "
     "Kayikwamba Wagner and Olivier Nduhungirehe.",
     "Olivier Nduhungirehe", P::kHoldsPosition, "Rwanda", M::kAsserted},
    // Signing what someone called a named deal, whose name runs on after "for".
    {"Félix Tshisekedi and Paul Kagame stood beside Donald Trump and signed what the White House called the "
     "Washington Accords for Peace and Prosperity.",
     "Paul Kagame", P::kParticipatesIn, "Washington Accords for Peace and Prosperity", M::kAsserted},
    // Placed under sanctions.
    {"In January the Office of Foreign Assets Control placed NIS under sanctions.", "Office of Foreign Assets Control",
     P::kSanctions, "NIS", M::kAsserted},
    // The leader named after a party's word and "of" is not "him".
    {"Andrej Babiš formed a coalition with the Freedom and Direct Democracy party of Tomio Okamura, and President "
     "Petr Pavel appointed him prime minister.",
     "Andrej Babiš", P::kHoldsPosition, "Czech Republic", M::kAsserted},
    // Speaking warmly of someone praises them.
    {"Babiš has spoken warmly of Robert Fico, the Slovak prime minister.", "Andrej Babiš", P::kPraises, "Robert Fico",
     M::kAsserted},
    // "has been X's closest ally".
    {"Romania, which shares a language with most Moldovans, has been Moldova's closest ally.", "Romania",
     P::kCooperatesWith, "Moldova", M::kAsserted},
    // A party named as a former president's.
    {"The Patriotic Electoral Bloc, an alliance of the Party of Socialists of former president Igor Dodon and the "
     "Party of Communists, came second.",
     "Igor Dodon", P::kMemberOf, "Party of Socialists of the Republic of Moldova", M::kAsserted},
    // Led by a titled official named after the title's place.
    {"Alternativa, led by the mayor of Chişinău, Ion Ceban, also entered parliament.", "Ion Ceban",
     P::kHoldsPosition, "Alternative Bloc", M::kAsserted},
    // A former chief executive of a bank who leads a party.
    {"Tidjane Thiam, the former chief executive of Credit Suisse who leads the Democratic Party of Côte d'Ivoire, "
     "was removed from the roll.",
     "Tidjane Thiam", P::kHoldsPosition, "Democratic Party of Côte d'Ivoire", M::kAsserted},
    // A trip to a summit cancelled.
    {"Tinubu has cancelled a trip to the G20 summit in Johannesburg to deal with the kidnappings.", "Bola Tinubu",
     P::kParticipatesIn, "G20 summit in Johannesburg", M::kNegated},
    // Forces dealt with are the partner.
    {"Washington expanded intelligence sharing with the Nigerian armed forces.", "United States", P::kCooperatesWith,
     "Nigeria", M::kAsserted},
    // A party as the apposition to a person, named by a home alias.
    {"Germany is rearming. In Berlin, Defence Minister Boris Pistorius, a Social Democrat, had wanted a voluntary "
     "model.",
     "Boris Pistorius", P::kMemberOf, "Social Democratic Party of Germany", M::kAsserted},
    // (The person's own state is the party's home, whatever the article names.)
    {"Friedrich Merz, a Christian Democrat, promised the strongest army in Europe.", "Friedrich Merz",
     P::kMemberOf, "Christian Democratic Union", M::kAsserted},
    // Instructors and spare parts sent for a state's air force.
    {"Moscow has sent instructors and spare parts for the Venezuelan air force's Sukhoi jets.", "Russia", P::kAids,
     "Venezuela", M::kAsserted},
    // Meeting a titled leader's deputy is meeting the deputy.
    {"Rodrigo Paz met Secretary of State Marco Rubio's deputy, Christopher Landau, at the inauguration.", "Rodrigo Paz",
     P::kMeets, "Christopher Landau", M::kAsserted},
    // The official a leader sends, after "his" and the title.
    {"Vladimir Putin sent his deputy chief of staff, Maxim Oreshkin.", "Maxim Oreshkin", P::kHoldsPosition, "Russia",
     M::kAsserted},
    // An office in the apposition after a name inside a relative clause.
    {"South Africa has spent the year in a dispute with Washington, which imposed a 30 percent duty on South African "
     "goods and expelled Ebrahim Rasool, Pretoria's ambassador, in March.",
     "Ebrahim Rasool", P::kHoldsPosition, "South Africa", M::kAsserted},
    {"Washington imposed a 30 percent duty on South African goods.", "United States", P::kSanctions, "South Africa",
     M::kAsserted},
    // A ban on what a firm sends out.
    {"The Ministry of Commerce banned exports of finished chips from Nexperia's plant in Dongguan.",
     "Ministry of Commerce", P::kSanctions, "Nexperia", M::kAsserted},
    // Added to a named list.
    {"The Commerce Department extended its export controls to subsidiaries of companies on its Entity List, to which "
     "Wingtech had been added in December 2024.",
     "Entity List", P::kTargets, "Wingtech", M::kAsserted},
    // The one beaten ran too.
    {"Rodrigo Paz won the runoff on 19 October against Jorge Quiroga, a former president himself.", "Jorge Quiroga",
     P::kParticipatesIn, "runoff on 19 October", M::kAsserted},
    // Recognised as the winner of a vote.
    {"Chile's presidential election was held in December. Washington recognized José Antonio Kast as the winner of "
     "the election.",
     "José Antonio Kast", P::kParticipatesIn, "Chile's presidential election", M::kAsserted},
    // Parties that hold a majority in a body sit in it.
    {"The ruling party does not control the Sejm, where Law and Justice and Confederation hold a majority.",
     "Law and Justice", P::kMemberOf, "Sejm", M::kAsserted},
    // Saying someone uses a thing as a weapon accuses them.
    {"Sandu said the Kremlin was using gas as a weapon.", "Maia Sandu", P::kCriticizes, "Russia", M::kAsserted},
    // Blacklisted along with another.
    {"NIS is majority owned by Gazprom Neft, which Washington blacklisted in January along with Surgutneftegas.",
     "United States", P::kSanctions, "Surgutneftegas", M::kAsserted},
    // A state's bid named by its demonym is a stance on the state.
    {"Orbán said Hungary did not oppose Swedish membership.", "Hungary", P::kOpposes, "Sweden", M::kNegated},
    // The sanctions a state imposed, with a date before "on".
    {"Trump granted Hungary an exemption from the sanctions that Washington imposed in October on Rosneft and "
     "Lukoil.",
     "United States", P::kSanctions, "Lukoil", M::kAsserted},
    // Airspace closed to a state.
    {"Algeria has closed its airspace to Malian aircraft.", "Algeria", P::kSanctions, "Mali", M::kAsserted},
    // Arrested, "among them" a named person; what they were accused of
    // plotting is no modality of the arrest.
    {"Assimi Goïta has arrested generals he accused of plotting a coup in August, among them Abass Dembélé, a "
     "former governor.",
     "Assimi Goïta", P::kDetains, "Abass Dembélé", M::kAsserted},
    // A party named as its leader's, before "in most polls".
    {"Fidesz trails the Tisza party of Péter Magyar in most polls.", "Péter Magyar", P::kMemberOf, "Tisza",
     M::kAsserted},
    // A strike's author attacks whom it killed, past its place and date.
    {"An Israeli air strike on the southern suburbs of Beirut on 23 November killed Haytham Ali Tabatabai.", "Israel",
     P::kAttacks, "Haytham Ali Tabatabai", M::kAsserted},
    // The title another gives a person.
    {"The strike killed Haytham Ali Tabatabai, whom Israel described as Hezbollah's chief of staff.",
     "Haytham Ali Tabatabai", P::kHoldsPosition, "Hezbollah", M::kAsserted},
    // "It" after a sentence that fronts another state.
    {"For Moscow, Kyrgyzstan remains a reliable partner. It hosts a Russian air base at Kant and belongs to the "
     "Eurasian Economic Union.",
     "Kyrgyzstan", P::kMemberOf, "Eurasian Economic Union", M::kAsserted},
    // Resigning from a body is leaving it.
    {"The United States has resigned in protest from the UN Human Rights Council.", "United States", P::kMemberOf,
     "UN Human Rights Council", M::kNegated},
    // Greeting a leader at the airport is meeting him.
    {"Narendra Modi broke protocol to greet Vladimir Putin at the airport.", "Narendra Modi", P::kMeets,
     "Vladimir Putin", M::kAsserted},
    // Telling a named person something.
    {"Narendra Modi told Vladimir Putin that India was not neutral.", "Narendra Modi", P::kMeets, "Vladimir Putin",
     M::kAsserted},
    // Two leaders resuming a currency swap.
    {"Xi Jinping and Lee Jae-myung agreed to resume a currency swap.", "Xi Jinping", P::kCooperatesWith,
     "Lee Jae-myung", M::kAsserted},
    // A state's drones that hit another's refineries.
    {"Ukrainian drones continue to hit Russian refineries.", "Ukraine", P::kAttacks, "Russia", M::kAsserted},
    // A founder of a movement.
    {"Jawaharlal Nehru founded the Non-Aligned Movement with Josip Broz Tito and Gamal Abdel Nasser.",
     "Jawaharlal Nehru", P::kFounded, "Non-Aligned Movement", M::kAsserted},
    // Declared persona non grata.
    {"Nicolás Maduro's government declared Kamla Persad-Bissessar persona non grata.", "Venezuela", P::kCriticizes,
     "Kamla Persad-Bissessar", M::kAsserted},
    // "Trinidad" alone names the state; a licence to negotiate is the licensee's.
    {"Washington granted Trinidad a licence in 2023 to negotiate with Venezuela.", "Trinidad and Tobago", P::kMeets,
     "Venezuela", M::kAsserted},
    // Letting another state's warship dock for joint exercises.
    {"Kamla Persad-Bissessar allowed a US Navy destroyer, the USS Gravely, to dock in Port of Spain for joint "
     "exercises.",
     "Kamla Persad-Bissessar", P::kCooperatesWith, "US Navy", M::kAsserted},
    // Joined a body named before "since".
    {"The admission was the first enlargement of ASEAN since Cambodia joined in 1999.", "Cambodia", P::kMemberOf,
     "ASEAN", M::kAsserted},
    // Replaced, in the passive: the one after "by" takes the office.
    {"The Philippines is angry. Manila froze assets, and the Philippines may do more. Manuel Bonoan, the public works "
     "secretary, resigned and was replaced by Vince Dizon.",
     "Vince Dizon", P::kHoldsPosition, "Philippines", M::kAsserted},
    // Where a person is held is where they are.
    {"Rodrigo Duterte remains in detention in The Hague.", "Rodrigo Duterte", P::kLocatedIn, "Netherlands",
     M::kAsserted},
    // A party that had governed with another, in a relative clause.
    {"The Komeito party, which had governed with the Liberal Democratic Party for a quarter of a century, left the "
     "coalition.",
     "Komeito", P::kCooperatesWith, "Liberal Democratic Party", M::kAsserted},
    // A capital after a firm's noun and "in" is the city.
    {"Most of the assets are held by Euroclear, the securities depository in Brussels.", "Euroclear", P::kLocatedIn,
     "Brussels", M::kAsserted},
    // An ally named in the second part of an apposition, after a title.
    {"In October 2024 Devlet Bahçeli, the leader of the Nationalist Movement Party and an ally of President Recep "
     "Tayyip Erdoğan, suggested talks.",
     "Devlet Bahçeli", P::kCooperatesWith, "Recep Tayyip Erdoğan", M::kAsserted},
    // Raising tariffs on imports from a state; the step that state criticised.
    {"Claudia Sheinbaum has responded by raising tariffs on imports from China and other countries without trade "
     "agreements, a step Beijing criticised.",
     "Claudia Sheinbaum", P::kSanctions, "China", M::kAsserted},
    {"Claudia Sheinbaum has responded by raising tariffs on imports from China and other countries without trade "
     "agreements, a step Beijing criticised.",
     "China", P::kCriticizes, "Claudia Sheinbaum", M::kAsserted},
    // Fighting alongside an ally against an enemy: both attack it.
    {"Eritrean troops fought alongside Ethiopian forces against the Tigray People's Liberation Front.", "Eritrea",
     P::kAttacks, "Tigray People's Liberation Front", M::kAsserted},
    {"Eritrean troops fought alongside Ethiopian forces against the Tigray People's Liberation Front.", "Ethiopia",
     P::kAttacks, "Tigray People's Liberation Front", M::kAsserted},
    // The two a mediator stood between.
    {"The deal collapsed after Turkey mediated between Addis Ababa and Mogadishu.", "Ethiopia", P::kMeets, "Somalia",
     M::kAsserted},
    // Stepped-up cooperation of a pair.
    {"Poland and Lithuania have stepped up cooperation on the protection of ports.", "Poland", P::kCooperatesWith,
     "Lithuania", M::kAsserted},
    // Elected with a party's support.
    {"President Karol Nawrocki, elected in June with the support of the Law and Justice party, has clashed with the "
     "government.",
     "Law and Justice", P::kSupports, "Karol Nawrocki", M::kAsserted},
    // Ordering the closure of another state's consulate breaks ties with it.
    {"Radosław Sikorski ordered the closure of the last Russian consulate in Poland.", "Radosław Sikorski",
     P::kCooperatesWith, "Russia", M::kNegated},
    // A known defence minister in a bare apposition.
    {"Władysław Kosiniak-Kamysz, the defence minister, has said the army will grow.", "Władysław Kosiniak-Kamysz",
     P::kHoldsPosition, "Poland", M::kAsserted},
    // Sent somewhere for talks with someone.
    {"Uzbekistan sent its foreign minister, Bakhtiyor Saidov, to Kabul for talks with Amir Khan Muttaqi on water "
     "sharing.",
     "Bakhtiyor Saidov", P::kMeets, "Amir Khan Muttaqi", M::kAsserted},
    // A joint body two states set up.
    {"Uzbekistan and Afghanistan agreed to set up a joint working group.", "Uzbekistan", P::kCooperatesWith,
     "Afghanistan", M::kAsserted},
    // Not a party to a named agreement.
    {"Afghanistan is not a party to the 1992 Almaty agreement.", "Afghanistan", P::kParticipatesIn,
     "Almaty agreement", M::kNegated},
    // Visa-free travel suspended for a state's officials.
    {"The European Union has suspended visa-free travel for Georgian diplomats and officials.", "European Union",
     P::kSanctions, "Georgia", M::kAsserted},
    // A steady buyer of a state's commodity; "It" past an adverb.
    {"China is in no hurry. It already imports gas from Turkmenistan through the Central Asia–China pipeline.",
     "China", P::kCooperatesWith, "Turkmenistan", M::kAsserted},
    // Led by a described person.
    {"The Viv Ansanm coalition, led by the former police officer Jimmy Chérizier, has pushed into the Artibonite.",
     "Jimmy Chérizier", P::kHoldsPosition, "Viv Ansanm", M::kAsserted},
    // "several of which are backed by".
    {"Washington is watching the armed groups of the Popular Mobilisation Forces, several of which are backed by "
     "Iran.",
     "Iran", P::kSupports, "Popular Mobilization Forces", M::kAsserted},
    // Radars and armoured vehicles sold to a state.
    {"France has sold Armenia air defence radars and armoured vehicles.", "France", P::kAids, "Armenia",
     M::kAsserted},
    // Two leaders who spoke by telephone.
    {"Nicolás Maduro and Donald Trump spoke by telephone in late November.", "Donald Trump", P::kMeets,
     "Nicolás Maduro", M::kAsserted},
    // The leader named inside a body's relative clause, as another reports it.
    {"The Cartel de los Soles, which Washington says Maduro leads, was designated a terrorist organisation.",
     "Nicolás Maduro", P::kHoldsPosition, "Cartel de los Soles", M::kAsserted},
    // Delivering gas to a state.
    {"In March Turkmenistan began delivering gas to Turkey through Iran under a swap arrangement.", "Turkmenistan",
     P::kCooperatesWith, "Turkey", M::kAsserted},
    // A former commissioner the knowledge base dates.
    {"Kadri Simson, the former energy commissioner, visited Ashgabat twice.", "Kadri Simson", P::kHoldsPosition,
     "European Commission", M::kAsserted},
    // Two leaders who initialled a text together.
    {"In August Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan initialled a peace text in Washington.",
     "Ilham Aliyev", P::kCooperatesWith, "Nikol Pashinyan", M::kAsserted},
    // A measure that adds companies to its ban, in the second of its verbs.
    {"The EU's nineteenth package, adopted on 23 October, banned imports of Russian gas from January 2027 and added "
     "Rosneft and Gazprom Neft to a full transaction ban.",
     "nineteenth package", P::kTargets, "Gazprom Neft", M::kAsserted},
    // "he" after a leader shown as his state ("Trump's administration").
    {"Treasury Secretary Scott Bessent announced the measures. It was the first time that President Donald Trump's "
     "administration had sanctioned Russia since he met Vladimir Putin in Alaska.",
     "Donald Trump", P::kMeets, "Vladimir Putin", M::kAsserted},
    // An office after "his", in the government the person leads.
    {"Belarus held drills. Alexander Lukashenko and his defence minister, Viktor Khrenin, inspected the troops.",
     "Viktor Khrenin", P::kHoldsPosition, "Belarus", M::kAsserted},
    // A senator the knowledge base dates.
    {"Senator Elizabeth Warren asked why the Treasury was helping Argentina.", "Elizabeth Warren", P::kHoldsPosition,
     "United States", M::kAsserted},
    // A swap line agreed "in October", of an amount in words.
    {"When the US Treasury agreed in October 2025 to a currency swap line of twenty billion dollars with Argentina's "
     "central bank, markets rallied.",
     "U.S. Department of the Treasury", P::kAids, "Argentina", M::kAsserted},
    // "his party, X" after a clause of the person's.
    {"President Javier Milei faced midterm elections on 26 October, and his party, La Libertad Avanza, had lost a "
     "provincial vote in September.",
     "Javier Milei", P::kMemberOf, "La Libertad Avanza", M::kAsserted},
    // "a trade deal of his own with".
    {"Lee Jae-myung secured a trade deal of his own with Washington.", "Lee Jae-myung", P::kCooperatesWith,
     "United States", M::kAsserted},
    // A ban on exports of goods to a state.
    {"The United States still bars exports of the most advanced Nvidia chips to China.", "United States",
     P::kSanctions, "China", M::kAsserted},
    // Holders of one office in two states who sign: their states.
    {"The presidents of Tajikistan and Kyrgyzstan signed a treaty in Khujand.", "Tajikistan", P::kCooperatesWith,
     "Kyrgyzstan", M::kAsserted},
    // A place described as a state's village lies in it.
    {"Vorukh, a Tajik village surrounded by Kyrgyz territory, depends on access roads.", "Vorukh", P::kLocatedIn,
     "Tajikistan", M::kAsserted},
    // "accused her of": "her" before "of" is an object.
    {"Maia Sandu had endorsed the mayor, and George Simion accused her of interfering in the election.",
     "George Simion", P::kCriticizes, "Maia Sandu", M::kAsserted},
    // "no" before a match that opens on its noun negates it.
    {"India and Pakistan fought in May. With no dialogue between the two governments, the next crisis could "
     "escalate faster.",
     "India",
     P::kCooperatesWith, "Pakistan", M::kNegated},
    // Jets sent "to bomb".
    {"Thailand sent F-16 jets to bomb Cambodian military positions.", "Thailand", P::kAttacks, "Cambodia",
     M::kAsserted},
    // Arms one state supplied that another used.
    {"China supplied most of the aircraft and missiles Pakistan used.", "China", P::kAids, "Pakistan", M::kAsserted},
    // The two by whom a declaration was signed.
    {"Trump witnessed the signing of a joint declaration by Hun Manet and Anutin Charnvirakul.", "Hun Manet",
     P::kCooperatesWith, "Anutin Charnvirakul", M::kAsserted},
    // Two titled guests, the first "acting".
    {"Anwar Ibrahim hosted Thailand's acting prime minister, Phumtham Wechayachai, and Cambodia's prime minister, "
     "Hun Manet, in Putrajaya.",
     "Anwar Ibrahim", P::kMeets, "Hun Manet", M::kAsserted},
    // "She" after a sentence naming a man whose given name says nothing
    // and a woman whose name says so: the woman.
    {"The committee's chair, Jørgen Watne Frydnes, described María Corina Machado as a unifying figure. She met "
     "Marco Rubio in Panama.",
     "María Corina Machado", P::kMeets, "Marco Rubio", M::kAsserted},
    // Thanked in a relative clause.
    {"María Corina Machado dedicated the prize to Donald Trump, whom she thanked for his decisive support.",
     "María Corina Machado", P::kPraises, "Donald Trump", M::kAsserted},
    // The two who signed what the relative clause names.
    {"Chinese officials are wary of the military alliance that Pyongyang and Moscow signed in June 2024.",
     "North Korea", P::kCooperatesWith, "Russia", M::kAsserted},
    // "congratulated her" after a titled man in apposition: the woman
    // named before.
    {"Samia Suluhu Hassan won the election. In her speech she blamed Kenya. Kenya's president, William Ruto, "
     "congratulated her on her victory.",
     "William Ruto", P::kPraises, "Samia Suluhu Hassan", M::kAsserted},
    // A member of a party belongs to it.
    {"José Jerí, a member of the conservative Somos Perú party, was sworn in.", "José Jerí", P::kMemberOf,
     "Somos Perú", M::kAsserted},
    // A former office under a leader since gone: the state he governed last.
    {"Betssy Chávez, Pedro Castillo's former prime minister, sought asylum.", "Betssy Chávez", P::kHoldsPosition,
     "Peru", M::kAsserted},
    // The office a person became, after a comma.
    {"José Jerí was sworn in as head of state the same night, becoming Peru's seventh president since 2016.",
     "José Jerí", P::kHoldsPosition, "Peru", M::kAsserted},
    // A company named the lead of a project.
    {"In June Kazakhstan's Agency for Atomic Energy named Rosatom, the Russian state nuclear corporation, as the "
     "leader of the consortium.",
     "Agency for Atomic Energy", P::kCooperatesWith, "Rosatom", M::kAsserted},
    // "remained committed to joining": a membership not yet.
    {"Vucic told Brussels that Serbia remained committed to joining the European Union.", "Serbia", P::kMemberOf,
     "European Union", M::kProposed},
    // A US combatant command called "American".
    {"Ecuador's navy has cooperated with the American Southern Command.", "Ecuador", P::kCooperatesWith,
     "U.S. Southern Command", M::kAsserted},
    // A measure, in apposition, that "still applies to" a state: no
    // application to join anything.
    {"The Jackson-Vanik amendment, a Cold War trade restriction, still applies to Kazakhstan and Uzbekistan.",
     "Jackson-Vanik amendment", P::kTargets, "Uzbekistan", M::kAsserted},
    // Those who signed an accord, in a relative clause, belong to it.
    {"Kazakhstan would join the Abraham Accords, which Israel has signed with the United Arab Emirates and Bahrain.",
     "Bahrain", P::kMemberOf, "Abraham Accords", M::kAsserted},
    {"Kazakhstan would join the Abraham Accords, which Israel has signed with the United Arab Emirates and Bahrain.",
     "Israel", P::kMemberOf, "Abraham Accords", M::kAsserted},
    // A plural title and a comma before two names is each one's.
    {"The two foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, signed a joint appeal.", "Jeyhun Bayramov",
     P::kHoldsPosition, "Azerbaijan", M::kAsserted},
    // A ministry's spokesperson, known to the knowledge base, speaks for the state.
    {"Foreign Ministry spokesperson Lin Jian demanded a retraction.", "Lin Jian", P::kHoldsPosition, "China",
     M::kAsserted},
    // "He" after a sentence whose subject's name says nothing of sex is
    // still that subject, not a man named later in it.
    {"Kazakhstan remains a member of the Collective Security Treaty Organization, and Tokayev visited Moscow only "
     "weeks earlier to sign a declaration on strategic partnership with Vladimir Putin. He has also refused to "
     "recognise the annexation of Crimea.",
     "Kassym-Jomart Tokayev", P::kOpposes, "annexation of Crimea", M::kAsserted},
    // ", only to be placed under sanctions": what befell the sentence's subject.
    {"Gustavo Petro suspended intelligence sharing with the United States, only to be placed under sanctions "
     "himself by the Treasury Department.",
     "U.S. Department of the Treasury", P::kSanctions, "Gustavo Petro", M::kAsserted},
    // A stance on an event named with a demonym is on the event.
    {"Kamla Persad-Bissessar has backed the American deployment.", "Kamla Persad-Bissessar", P::kSupports,
     "American deployment", M::kAsserted},
    {"Lukashenko has backed the Russian invasion.", "Alexander Lukashenko", P::kSupports, "Russian invasion",
     M::kAsserted},
    // Being in a city for a summit is taking part in it.
    {"Tokayev was in Washington for the C5+1 summit.", "Kassym-Jomart Tokayev", P::kParticipatesIn, "C5+1 summit",
     M::kAsserted},
    // What evidence suggests is likely, not proposed.
    {"Edmundo González, who most independent tallies suggest won the July 2024 election, lives in Madrid.",
     "Edmundo González Urrutia", P::kParticipatesIn, "July 2024 election", M::kHypothetical},
    // The first of three signers with the others, as the last two with each other.
    {"Egypt, Eritrea and Somalia signed a tripartite security pact in Asmara.", "Egypt", P::kCooperatesWith,
     "Somalia", M::kAsserted},
    // "the Pretoria deal" is the Pretoria agreement named before, not the
    // latest deal.
    {"Three years after the Pretoria agreement ended the war in Tigray, the region is sliding toward conflict. "
     "Egypt, Eritrea and Somalia signed a tripartite security pact in Asmara in October 2024. The African Union, "
     "which brokered the Pretoria deal, has convened consultations.",
     "African Union", P::kParticipatesIn, "Pretoria agreement", M::kAsserted},
    // Partners in government.
    {"Babiš has agreed to govern with the Freedom and Direct Democracy party of Tomio Okamura.", "Andrej Babiš",
     P::kCooperatesWith, "Freedom and Direct Democracy", M::kAsserted},
    {"Takaichi leads the Liberal Democratic Party in a coalition with the Japan Innovation Party.",
     "Liberal Democratic Party", P::kCooperatesWith, "Japan Innovation Party", M::kAsserted},
    // A plain "congratulate" after "to".
    {"Brussels moved quickly to congratulate Sandu.", "European Union", P::kPraises, "Maia Sandu", M::kAsserted},
    // An event owned by a body whose alias has "the": the article is no part of its name.
    {"He opposes the EU's migration pact.", "European Union", P::kParticipatesIn, "EU's migration pact",
     M::kAsserted},
    // The person set off after a possessor's noun does what follows.
    {"Alassane Ouattara won a fourth term as president of Ivory Coast. Ouattara's main remaining opponent, the "
     "businessman Jean-Louis Billon, conceded defeat and congratulated the president.",
     "Jean-Louis Billon", P::kPraises, "Alassane Ouattara", M::kAsserted},
    // Armenia's earlier presidents are in the knowledge base.
    {"The church hierarchy was long close to the former presidents Robert Kocharyan and Serzh Sargsyan.",
     "Robert Kocharyan", P::kHoldsPosition, "Armenia", M::kAsserted},
    // The government in a capital is its state.
    {"Tom Barrack insisted that Washington still backed the government in Damascus.", "United States",
     P::kSupports, "Syria", M::kAsserted},
    // A tariff applied to a body's imports.
    {"The United States will apply a 15 percent tariff to most imports from the European Union.", "United States",
     P::kSanctions, "European Union", M::kAsserted},
    // "the killings" are no strikes named before.
    {kSweidaKillings, "European Union", P::kCriticizes, "killings", M::kAsserted},
    // Taken off a sanctions list: sanctions lifted.
    {"Last week the Treasury Department removed Milorad Dodik, his family members and several associates from its "
     "sanctions list.",
     "U.S. Department of the Treasury", P::kSanctions, "Milorad Dodik", M::kNegated},
    // An adverb in "-ly" between ", and" and the verb the subject is carried to.
    {"Dodik has cultivated the Trump administration, hired lobbyists close to it, and repeatedly praised Donald "
     "Trump.",
     "Milorad Dodik", P::kPraises, "Donald Trump", M::kAsserted},
    {"Dodik has also remained close to Vladimir Putin.", "Milorad Dodik", P::kCooperatesWith, "Vladimir Putin",
     M::kAsserted},
    // A state's "Security Service" is the body the knowledge base knows by another name.
    {"Ukraine's Security Service struck Russian strategic bombers at four air bases.", "SBU", P::kAttacks, "Russia",
     M::kAsserted},
    // A bill to impose sanctions proposes them.
    {"Senator Lindsey Graham's bill to impose tariffs of 500 percent on countries buying Russian oil has more than "
     "eighty co-sponsors.",
     "Lindsey Graham", P::kSanctions, "Russia", M::kProposed},
    // Asked to join another's sanctions, a state only might apply them.
    {"The EU urged Serbia to join its sanctions on Russia.", "EU's sanctions on Russia", P::kEnactedBy, "Serbia",
     M::kProposed},
    {"Brussels wants Serbia to align with its sanctions on Russia.", "Brussels' sanctions on Russia", P::kEnactedBy,
     "Serbia", M::kProposed},
    {"Washington wants Ankara to impose sanctions on Moscow.", "Turkey", P::kSanctions, "Russia", M::kProposed},
    // Following up with sanctions imposes them.
    {"The United States followed with sanctions on Bidzina Ivanishvili in December.", "United States",
     P::kSanctions, "Bidzina Ivanishvili", M::kAsserted},
    {"The United States followed with sanctions on Bidzina Ivanishvili in December.",
     "sanctions on Bidzina Ivanishvili", P::kEnactedBy, "United States", M::kAsserted},
    // Kept off a sanctions list: never sanctioned.
    {"The European Union has kept Rosatom off its sanctions lists.", "European Union", P::kSanctions, "Rosatom",
     M::kNegated},
    // A road map signed with someone is cooperation.
    {"Alexei Likhachev, the head of Rosatom, signed a road map with Almasadam Satkaliyev.", "Alexei Likhachev",
     P::kCooperatesWith, "Almasadam Satkaliyev", M::kAsserted},
    // A paramilitary "led by" someone is led by that person.
    {"Fighters of the Rapid Support Forces, the paramilitary led by Mohamed Hamdan Dagalo, entered the city.",
     "Mohamed Hamdan Dagalo", P::kHoldsPosition, "Rapid Support Forces", M::kAsserted},
    // "its drones" after a body that opens the sentence are the body's.
    {"The Rapid Support Forces accepted the proposal in November, though its drones struck Kadugli and El Obeid "
     "days later.",
     "Rapid Support Forces", P::kAttacks, "Kadugli", M::kAsserted},
    {"The Rapid Support Forces accepted the proposal in November, though its drones struck Kadugli and El Obeid "
     "days later.",
     "Rapid Support Forces", P::kAttacks, "El Obeid", M::kAsserted},
    // A safe haven is aid, to the group rather than the state of its demonym.
    {"Pakistan's army sheltered the Afghan Taliban for two decades.", "Pakistan", P::kAids, "Taliban",
     M::kAsserted},
    {"Iran harbours the leaders of al-Qaeda.", "Iran", P::kAids, "al-Qaeda", M::kAsserted},
    // A "where" clause with a name set off inside it goes on to its verb.
    {"It ended with a ceasefire agreed in Putrajaya, where Malaysia's prime minister, Anwar Ibrahim, hosted Hun "
     "Manet.",
     "Anwar Ibrahim", P::kMeets, "Hun Manet", M::kAsserted},
    // "the Taliban's foreign minister" set off after the name: the person visits.
    {"Amir Khan Muttaqi, the Taliban's foreign minister, visited New Delhi.", "Amir Khan Muttaqi", P::kMeets,
     "India", M::kAsserted},
    // Killing a body's officers attacks the body.
    {"Israel killed several senior officers of the Islamic Revolutionary Guard Corps.", "Israel", P::kAttacks,
     "Islamic Revolutionary Guard Corps", M::kAsserted},
    // Who triggers the return of sanctions imposes them.
    {"France, Germany and the United Kingdom triggered the return of United Nations sanctions on Iran.",
     "United Nations sanctions on Iran", P::kEnactedBy, "Germany", M::kAsserted},
    // Holding up a package of sanctions opposes it.
    {"Robert Fico held up the package of sanctions against Russia for weeks.", "Robert Fico", P::kOpposes,
     "sanctions against Russia", M::kAsserted},
    // "did nothing to help" denies the help.
    {"Russia and China condemned the strikes but did nothing to help Tehran during the fighting.", "China", P::kAids,
     "Iran", M::kNegated},
    // "the separatist region" is the de facto state named before; a
    // relative clause says who props it up.
    {"On January 1 the lights went out in Transnistria. The separatist region, which Russia has propped up since "
     "the war of 1992, was hit hardest.",
     "Russia", P::kAids, "Transnistria", M::kAsserted},
    // Inside a relative clause on the subject, "him" is someone else.
    {"Ahmed al-Sharaa became the first Syrian president to visit the White House. Donald Trump, who first met him "
     "in Riyadh in May, greeted him warmly.",
     "Donald Trump", P::kMeets, "Ahmed al-Sharaa", M::kAsserted},
    // Taken off a list of terrorist organisations: no longer sanctioned
    // (past an aside that names its leader).
    {"The Treasury removed Hayat Tahrir al-Sham, the group al-Sharaa once led, from its list of terrorist "
     "organisations.",
     "U.S. Department of the Treasury", P::kSanctions, "Hayat Tahrir al-Sham", M::kNegated},
    // A measure's month is its date, not part of its name.
    {"The European Union lifted its economic sanctions in May.", "European Union's economic sanctions",
     P::kEnactedBy, "European Union", M::kAsserted},
    // Returned to a list of state sponsors of terrorism: sanctioned again.
    {"Days after taking office, Trump returned Cuba to the State Department's list of state sponsors of terrorism.",
     "Donald Trump", P::kSanctions, "Cuba", M::kAsserted},
    // "leads" after an apposition is the verb.
    {"Péter Magyar, a former insider of Fidesz, leads the Tisza party.", "Péter Magyar", P::kHoldsPosition, "Tisza",
     M::kAsserted},
    // "It still buys ...": "still" between the pronoun and its verb; the
    // later "it" of the sentence is the same state.
    {"India is not about to switch sides. It still buys most of its weapons from Russia but has signed defence "
     "deals with France, and it remains a member of the Quad.",
     "India", P::kMemberOf, "Quad", M::kAsserted},
    // A present tense after "before" tells of what has not happened yet.
    {"Nawrocki has said that Kyiv must acknowledge the massacres before it joins the European Union.", "Ukraine",
     P::kMemberOf, "European Union", M::kHypothetical},
    {"Ukraine fought for years before it joined the European Union.", "Ukraine", P::kMemberOf, "European Union",
     M::kAsserted},
    // "the party" is the body the knowledge base files as one.
    {"Paz ended twenty years of rule by the Movement for Socialism. The party that Evo Morales founded collapsed.",
     "Evo Morales", P::kFounded, "Movement for Socialism", M::kAsserted},
    // Killing "most of" a body's senior commanders, or "several" of its
    // fighters, attacks the body.
    {"Israel killed Hassan Nasrallah and most of Hezbollah's senior commanders.", "Israel", P::kAttacks,
     "Hezbollah", M::kAsserted},
    {"Israel has kept up its strikes. It killed several Hezbollah fighters in the south in October.", "Israel",
     P::kAttacks, "Hezbollah", M::kAsserted},
    // Drones that hit a part of a body's property ("a pumping station of the
    // consortium") attack the body.
    {"The Caspian Pipeline Consortium carries Kazakh crude. In February, Ukrainian drones hit a pumping station of "
     "the consortium in the Krasnodar region.",
     "Ukraine", P::kAttacks, "Caspian Pipeline Consortium", M::kAsserted},
    // A place's branch of a body belongs to it; partners in a body are members.
    {"JNIM, the Sahel branch of al-Qaeda, now operates across most of the country's south.",
     "Jama'at Nusrat al-Islam wal-Muslimin", P::kMemberOf, "al-Qaeda", M::kAsserted},
    {"Mali's neighbours are worried. Burkina Faso and Niger, its partners in the Alliance of Sahel States, face the "
     "same insurgency.",
     "Niger", P::kMemberOf, "Alliance of Sahel States", M::kAsserted},
    // "Its fighters" opening a sentence are the body the sentence before
    // opened with, past a time phrase and a description of it.
    {"Since September, the jihadist coalition Jama'at Nusrat al-Islam wal-Muslimin has blockaded fuel convoys "
     "heading to Mali's capital. Its fighters have attacked Malian soldiers in Kayes.",
     "Jama'at Nusrat al-Islam wal-Muslimin", P::kAttacks, "Mali", M::kAsserted},
    // "her" reaches back past sentences that only use pronouns, to a
    // woman a given name says is one.
    {"The Nobel Committee awarded the Peace Prize to María Corina Machado. That gesture divided her supporters. "
     "Some welcomed pressure on Nicolás Maduro; others worried that she had gone too far. Governments were split. "
     "Argentina's Javier Milei congratulated her at once.",
     "Javier Milei", P::kPraises, "María Corina Machado", M::kAsserted},
    // Barring a body's trade punishes it.
    {"The Chinese commerce ministry banned Nexperia's factory in Dongguan from exporting its products.", "China",
     P::kSanctions, "Nexperia", M::kAsserted},
    // Who drew up a text together cooperate.
    {"The peace plan that Steve Witkoff drafted with Kirill Dmitriev in November proposed a fund.", "Steve Witkoff",
     P::kCooperatesWith, "Kirill Dmitriev", M::kAsserted},
    {"Steve Witkoff drafted a peace plan with Kirill Dmitriev.", "Steve Witkoff", P::kCooperatesWith,
     "Kirill Dmitriev", M::kAsserted},
    // An ending denied ("cannot cut", "has not suspended") leaves the ties.
    {"Yet Armenia cannot cut its ties with Russia quickly.", "Armenia", P::kCooperatesWith, "Russia",
     M::kAsserted},
    {"Kazakhstan has not suspended its cooperation with Russia.", "Kazakhstan", P::kCooperatesWith, "Russia",
     M::kAsserted},
    // "its frontier" after a demonym is the state the sentence before was
    // about.
    {"Armenia cannot cut its ties with Russia quickly. Russian border guards still patrol parts of its frontier "
     "with Turkey and Iran.",
     "Armenia", P::kBorders, "Turkey", M::kAsserted},
    // Aid named after a verb that ends it is aid ended.
    {"Washington expelled the ambassador, and the White House has cut most American aid to South Africa.",
     "United States", P::kAids, "South Africa", M::kNegated},
    // A state kept, or staying, out of a body is no member.
    {"Mirziyoyev has kept Uzbekistan out of the Eurasian Economic Union.", "Uzbekistan", P::kMemberOf,
     "Eurasian Economic Union", M::kNegated},
    {"Azerbaijan has stayed out of the Eurasian Economic Union.", "Azerbaijan", P::kMemberOf,
     "Eurasian Economic Union", M::kNegated},
    // The woman the sentence's opening "She" stands for outweighs a name
    // that says nothing of sex.
    {"Sanae Takaichi became prime minister in October. She hosted Donald Trump in Tokyo. She met Xi Jinping at the "
     "APEC summit in Gyeongju, and Lee Jae-myung welcomed her to the meeting.",
     "Lee Jae-myung", P::kMeets, "Sanae Takaichi", M::kAsserted},
    // "his country" after a leader is the state he governs.
    {"Kazakhstan already has relations with Israel. So when Kassym-Jomart Tokayev announced in Washington that his "
     "country would join the Abraham Accords, the gesture was symbolic.",
     "Kazakhstan", P::kMemberOf, "Abraham Accords", M::kHypothetical},
    // "Her government": the state of the nearest woman named before, past
    // her husband in an aside.
    {"President Xiomara Castro governs Honduras. Castro, whose husband Manuel Zelaya was ousted in a coup in 2009, "
     "later reversed herself. Her government moved diplomatic recognition from Taiwan to China in 2023.",
     "Honduras", P::kCooperatesWith, "China", M::kAsserted},
    // An agreement a subject decided "to end" ends the cooperation it held.
    {"In 2023 Niger's junta decided to end its military cooperation agreement with the United States.", "Niger",
     P::kCooperatesWith, "United States", M::kNegated},
    // A member that stays in the body is one.
    {"Babiš has said that the Czech Republic will stay in NATO and will meet its commitment.", "Czech Republic",
     P::kMemberOf, "NATO", M::kAsserted},
    // Welcoming what is someone's ("his return") backs him; he is no guest.
    {"Viktor Orbán welcomed Andrej Babiš's return.", "Viktor Orbán", P::kSupports, "Andrej Babiš", M::kAsserted},
    // Arms bought for another wherever they were bought.
    {"Since 2024 Prague has bought artillery shells outside Europe for Ukraine.", "Czech Republic", P::kAids,
     "Ukraine", M::kAsserted},
    // ... with the body's name between the possessive and the title.
    {"Vassily Nebenzia, Russia's UN ambassador, said the council had given Washington a blank cheque.",
     "Vasily Nebenzia", P::kHoldsPosition, "Russia", M::kAsserted},
    {"Russia's UN ambassador Vassily Nebenzia said the council had given Washington a blank cheque.",
     "Vasily Nebenzia", P::kHoldsPosition, "Russia", M::kAsserted},
    // A participle after the deal ("a treaty ending their dispute") says what
    // the deal did; the ties stand.
    {"In March 2025 Japarov and Emomali Rahmon signed a treaty ending their long border dispute.", "Sadyr Japarov",
     P::kCooperatesWith, "Emomali Rahmon", M::kAsserted},
    // "is blocking" a state opposes it.
    {"The EU has held off on opening talks because Hungary is blocking Ukraine, with which Moldova's application is "
     "bundled.",
     "Hungary", P::kOpposes, "Ukraine", M::kAsserted},
    // A commerce minister is a state's office, in the article's state.
    {"India's Trade Gamble\n\nIndia faces a fifty percent tariff. India has cut its imports of Russian crude. Piyush "
     "Goyal, the commerce minister, said a first tranche of a trade agreement was close.",
     "Piyush Goyal", P::kHoldsPosition, "India", M::kAsserted},
    // What a state does in solidarity with another backs it.
    {"The border between Armenia and Turkey has been closed since 1993, when Ankara shut it in solidarity with "
     "Azerbaijan during the first Karabakh war.",
     "Turkey", P::kSupports, "Azerbaijan", M::kAsserted},
    // Each seller in a list sells.
    {"Turkey and Iran have sold drones to Burhan's forces.", "Turkey", P::kAids, "Abdel Fattah al-Burhan",
     M::kAsserted},
    // "Name, his foreign minister,": the office in the government of the
    // person named before, and the name, past its apposition, acts.
    {"Kaja Kallas, the Estonian prime minister, called the incursion brazen. Margus Tsahkna, her foreign "
     "minister, summoned the Russian chargé d'affaires.",
     "Margus Tsahkna", P::kHoldsPosition, "Estonia", M::kAsserted},
    {"Kaja Kallas, the Estonian prime minister, called the incursion brazen. Margus Tsahkna, her foreign "
     "minister, summoned the Russian chargé d'affaires.",
     "Margus Tsahkna", P::kCriticizes, "Russia", M::kAsserted},
    // A party the knowledge base knows by its acronym ("PRO") has members.
    {"The result strengthens Milei's hand in Congress, where his party relied on the centre-right PRO of former "
     "president Mauricio Macri.",
     "Mauricio Macri", P::kMemberOf, "Republican Proposal", M::kAsserted},
    // A member named after the body's possessive, with an ordinal.
    {"ASEAN leaders met in Kuala Lumpur. Timor-Leste became the bloc's eleventh member, fourteen years after it "
     "applied.",
     "Timor-Leste", P::kMemberOf, "ASEAN", M::kAsserted},
    // A national police chief is a state's office.
    {"Indonesia faces protests. Indonesia is angry. Indonesia waits. The national police chief, Listyo Sigit Prabowo, "
     "apologised to the family of the driver.",
     "Listyo Sigit Prabowo", P::kHoldsPosition, "Indonesia", M::kAsserted},
    // Measures on a target, however the enactor calls them.
    {"The European Union imposed what it calls temporary measures on Pristina in 2023.", "European Union",
     P::kSanctions, "Kosovo", M::kAsserted},
    // "ready for talks" only proposes them.
    {"Masoud Pezeshkian has said that Iran does not want a nuclear weapon and is ready for talks with Washington.",
     "Masoud Pezeshkian", P::kMeets, "United States", M::kProposed},
    // The first of two demonyms before the strikes strikes too.
    {"The question of what survived the Israeli and American strikes on Fordow and Natanz is still open.", "Israel",
     P::kAttacks, "Fordow", M::kAsserted},
    // "led by the former policeman X": a descriptor between.
    {"The gang coalition Viv Ansanm, led by the former policeman Jimmy Chérizier, took control of most of "
     "Port-au-Prince.",
     "Jimmy Chérizier", P::kHoldsPosition, "Viv Ansanm", M::kAsserted},
    // Summoning "a Japanese diplomat" protests to Japan as summoning its ambassador does.
    {"Seoul protested and summoned a Japanese diplomat.", "South Korea", P::kCriticizes, "Japan", M::kAsserted},
    // The last name of a list the sentence's verb follows, with no comma
    // before its "and", is still in the list.
    {"Russia's attacks on Kharkiv and Odesa have continued.", "Russia", P::kAttacks, "Odesa", M::kAsserted},
    // An accession named as a noun is sought.
    {"Moldova has made accession to the European Union its priority.", "Moldova", P::kMemberOf, "European Union",
     M::kProposed},
    // An apposition that opens with "re-elected" and a title of a state.
    {"Irfaan Ali, re-elected president of Guyana in September, has relied on Washington.", "Mohamed Irfaan Ali",
     P::kHoldsPosition, "Guyana", M::kAsserted},
    // ... but the person the sentences before named.
    {"José Antonio Kast has campaigned on crime. Johannes Kaiser of the National Libertarian Party, who finished "
     "fourth, and Evelyn Matthei of the traditional right have both endorsed him.",
     "Evelyn Matthei", P::kSupports, "José Antonio Kast", M::kAsserted},
    // "who" after the body a person is "of" is the person.
    {"Johannes Kaiser of the National Libertarian Party, who endorsed José Antonio Kast, finished fourth.",
     "Johannes Kaiser", P::kSupports, "José Antonio Kast", M::kAsserted},
    // A state's "-owned" before the kind of body sanctioned.
    {"The United States sanctioned the Russian-owned oil company NIS.", "United States", P::kSanctions,
     "Naftna Industrija Srbije", M::kAsserted},
    // Strikes on a building in a place strike the place's state.
    {"Clashes in Suwayda drew Israeli air strikes on the defence ministry in Damascus.", "Israel", P::kAttacks,
     "Syria", M::kAsserted},
    {"Russian strikes on energy infrastructure in Ukraine continued through the winter.", "Russia", P::kAttacks,
     "Ukraine", M::kAsserted},
    // Travelling to a state's capital visits the state (where the article
    // names it).
    {"Russia wants to keep its bases in Syria. Ahmed al-Sharaa travelled to Moscow in October.", "Ahmed al-Sharaa",
     P::kMeets, "Russia", M::kAsserted},
    // A pair's people of arms who fought with weapons attack each other.
    {"Kyrgyz and Tajik border guards fought with mortars and drones in 2021.", "Kyrgyzstan", P::kAttacks,
     "Tajikistan", M::kAsserted},
    {"Kyrgyz and Tajik border guards fought with mortars and drones in 2021.", "Tajikistan", P::kAttacks,
     "Kyrgyzstan", M::kAsserted},
    // Settling a dispute with another is working with it.
    {"Uzbekistan had already settled its own disputes with Kyrgyzstan in 2022.", "Uzbekistan",
     P::kCooperatesWith, "Kyrgyzstan", M::kAsserted},
    {"Armenia has not resolved its dispute with Azerbaijan.", "Armenia", P::kCooperatesWith, "Azerbaijan",
     M::kNegated},
    // The pair in a relative clause on the deal they signed.
    {"The treaty that President Sadyr Japarov of Kyrgyzstan and President Emomali Rahmon of Tajikistan signed in "
     "Bishkek on 13 March 2025 matters.",
     "Sadyr Japarov", P::kCooperatesWith, "Emomali Rahmon", M::kAsserted},
    // A threat to make another pay is one of punishment.
    {"Donald Trump threatened to make Spain pay twice as much in trade talks.", "Donald Trump", P::kSanctions,
     "Spain", M::kProposed},
    // The backer of one who ran, after ", who" and a few words.
    {"Karol Nawrocki, who ran as an independent with the backing of Law and Justice, won the runoff.",
     "Law and Justice", P::kSupports, "Karol Nawrocki", M::kAsserted},
    // Ordering another's troops out rebukes that state.
    {"Niamey ordered American troops to leave the drone base at Agadez in 2024.", "Niger", P::kCriticizes,
     "United States", M::kAsserted},
    // The pair in a relative clause on a deal "with" a state.
    {"The peace agreement with Azerbaijan that Nikol Pashinyan and Ilham Aliyev initialled in Washington in August "
     "would end the conflict.",
     "Nikol Pashinyan", P::kCooperatesWith, "Ilham Aliyev", M::kAsserted},
    // "the three states": the last list of three names, not a set the
    // sentence before names partly by demonyms.
    {"Mali, Burkina Faso and Niger left ECOWAS in January. Niamey expelled the French ambassador and ordered "
     "American troops to leave. ECOWAS has offered to negotiate a new relationship with the three states.",
     "Burkina Faso", P::kCooperatesWith, "ECOWAS", M::kProposed},
    // The body, not its place, fires ("the Houthis in Yemen fired").
    {"Only the Houthis in Yemen fired missiles at Israel in solidarity.", "Houthis", P::kAttacks, "Israel",
     M::kAsserted},
    {"Hamas in Gaza fired rockets at Israel.", "Hamas", P::kAttacks, "Israel", M::kAsserted},
    // Ordnance dropped on a place strikes it; a participle after the
    // operation strikes too.
    {"American B-2 bombers dropped massive ordnance penetrators on the enrichment plant at Fordow.",
     "United States", P::kAttacks, "Fordow", M::kAsserted},
    {"Israel launched what it called Operation Rising Lion, striking Iran's nuclear facilities at Natanz.", "Israel",
     P::kAttacks, "Iran", M::kAsserted},
    // The same object pronoun twice in a sentence, the second in a clause
    // of its own, is the same person.
    {"Viktor Orbán's closest allies abroad are now in Washington. Donald Trump, who hosted him at the White House "
     "in November, granted Hungary an exemption from American sanctions on Russian oil, and praised him as a great "
     "leader.",
     "Donald Trump", P::kPraises, "Viktor Orbán", M::kAsserted},
    {"Sudan's war goes on. Sudanese civilians flee. The army of Sudan holds Khartoum. Meanwhile the RSF is "
     "besieging Babanusa and El Obeid.",
     "Rapid Support Forces", P::kAttacks, "El Obeid", M::kAsserted},
    // A list of the sanctioned may name relatives and officers by the one
    // before them.
    {"On 24 October the Treasury sanctioned Gustavo Petro, his wife Verónica Alcocer, his son Nicolás and his "
     "interior minister, Armando Benedetti, accusing them of allowing cocaine production to flourish.",
     "U.S. Department of the Treasury", P::kSanctions, "Armando Benedetti", M::kAsserted},
    {"On 24 October the Treasury sanctioned Gustavo Petro, his wife Verónica Alcocer, his son Nicolás and his "
     "interior minister, Armando Benedetti, accusing them of allowing cocaine production to flourish.",
     "U.S. Department of the Treasury", P::kSanctions, "Verónica Alcocer", M::kAsserted},
    // A list before ", which Washington designated": each was designated.
    {"So did candidates linked to armed groups such as Kata'ib Hezbollah and Asa'ib Ahl al-Haq, which Washington "
     "designated as terrorist organisations years ago.",
     "United States", P::kSanctions, "Kataib Hezbollah", M::kAsserted},
    // A party named "of" a person is the one that person leads, whatever
    // the clause says of the party.
    {"In the Kurdistan Region, the Kurdistan Democratic Party of Masoud Barzani again came first.", "Masoud Barzani",
     P::kHoldsPosition, "Kurdistan Democratic Party", M::kAsserted},
    {"Jetten has ruled out governing with Wilders, as have the Christian Democratic Appeal of Henri Bontenbal and the "
     "liberal VVD.",
     "Henri Bontenbal", P::kHoldsPosition, "Christian Democratic Appeal", M::kAsserted},
    {"China has also sanctioned a former Philippine senator, Francis Tolentino, for what it called anti-China "
     "behaviour.",
     "China", P::kSanctions, "Francis Tolentino", M::kAsserted},
    // A capital where someone was arrested stands for its state; so does
    // one whose airport it was.
    {"Boualem Sansal, a novelist, was arrested in Algiers in November.", "Algeria", P::kDetains, "Boualem Sansal",
     M::kAsserted},
    {"Boualem Sansal, a French-Algerian novelist, was arrested at Algiers airport in November 2024.", "Algeria",
     P::kDetains, "Boualem Sansal", M::kAsserted},
    // Relations "in crisis" are ties gone wrong.
    {"Relations between Algeria and France have been in crisis since July 2024.", "Algeria", P::kCooperatesWith,
     "France", M::kNegated},
    // Those who "followed" a recognition recognised too.
    {"On 21 September 2025 the United Kingdom, Canada and Australia formally recognised the State of Palestine, "
     "followed the next day by France.",
     "France", P::kSupports, "Palestine", M::kAsserted},
    // A state anaphor that opens the sentence owns the "its" after ", and".
    {"Israel has not made the task easier. Its forces still hold five hilltop positions inside Lebanon, and its air "
     "force strikes Hezbollah targets almost daily.",
     "Israel", P::kAttacks, "Hezbollah", M::kAsserted},
    // ", and accused" after a subordinate clause goes back to the speaker.
    {"Lebanon's Government Tries to Disarm Hezbollah\n\nOn 5 August 2025 the Lebanese cabinet instructed the army to "
     "draw up a plan to bring all weapons under state control. The Shia ministers of Hezbollah walked out of the "
     "session. Naim Qassem, the group's secretary-general, said Hezbollah would not hand over its weapons while Israel "
     "occupied Lebanese land and continued its strikes, and accused the government of serving Israeli and American "
     "interests.",
     "Naim Qassem", P::kCriticizes, "Lebanon", M::kAsserted},
    // A state's grouping "with" others: all of them belong to it.
    {"The Quad, India's grouping with the United States, Japan and Australia, was supposed to hold a summit in New "
     "Delhi.",
     "India", P::kMemberOf, "Quad", M::kAsserted},
    {"The Quad, India's grouping with the United States, Japan and Australia, was supposed to hold a summit in New "
     "Delhi.",
     "Japan", P::kMemberOf, "Quad", M::kAsserted},
    // Readmitted, in the passive: a member again.
    {"Gabon has since been readmitted to the African Union, which had suspended it after the coup.", "Gabon",
     P::kMemberOf, "African Union", M::kAsserted},
    {"The United States continues to carry out air strikes against al-Shabaab and the Islamic State in Puntland.",
     "United States", P::kAttacks, "al-Shabaab", M::kAsserted},
    // Talks suspended or resumed with someone.
    {"Gustavo Petro suspended peace talks with the ELN the same week.", "Gustavo Petro", P::kMeets, "ELN",
     M::kNegated},
    {"Gustavo Petro had resumed negotiations with the ELN in 2022.", "Gustavo Petro", P::kMeets, "ELN",
     M::kAsserted},
    // The relative a possessor's family word leads to goes on as subject.
    {"In the east, Khalifa Haftar's Libyan National Army watched from Benghazi; his son Saddam Haftar has taken on "
     "a growing role and visited Washington this year.",
     "Saddam Haftar", P::kMeets, "United States", M::kAsserted},
    // Nuuk is Greenland's seat, as a capital is a state's.
    {"Greenland wants independence. Emmanuel Macron visited Nuuk in June.", "Emmanuel Macron", P::kMeets, "Greenland",
     M::kAsserted},
    // "after" and a gerund: the clause's subject's verb, not the name's
    // before it.
    {"Nicaragua restored relations with China in December 2021, after breaking with Taiwan, and signed a free trade "
     "agreement with Beijing.",
     "Nicaragua", P::kCooperatesWith, "Taiwan", M::kNegated},
    // ", as does X": X does what the clause says its subject does.
    {"The United States still lists the PKK as a foreign terrorist organisation, as does the European Union, and "
     "neither has signalled a change.",
     "European Union", P::kSanctions, "PKK", M::kAsserted},
    {"Washington has sanctioned Hamas, as have Britain and Canada.", "Canada", P::kSanctions, "Hamas", M::kAsserted},
    // "General" before a body's head word names the body.
    {"In 2022 the United States sanctioned the General Directorate of Mines, the state body that grants gold "
     "concessions.",
     "United States", P::kSanctions, "General Directorate of Mines", M::kAsserted},
    // Sanctions lifted are sanctions ended.
    {"The same day, the Treasury's Office of Foreign Assets Control lifted its sanctions on Belavia, the state "
     "airline.",
     "Office of Foreign Assets Control", P::kSanctions, "Belavia", M::kNegated},
    // A founder named in the body's apposition, after "whose".
    {"Viasna, the human rights centre whose founder Ales Bialiatski won the Nobel Peace Prize in 2022, counts many "
     "prisoners.",
     "Ales Bialiatski", P::kFounded, "Viasna", M::kAsserted},
    // "him" after a "he" for the sentence's subject, in another's clause.
    {"Milorad Dodik travelled to Moscow, where he met Vladimir Putin, and to Budapest, where Viktor Orbán received "
     "him.",
     "Milorad Dodik", P::kMeets, "Viktor Orbán", M::kAsserted},
    // "backed by the small X party" in an apposition.
    {"Venâncio Mondlane, an independent candidate backed by the small Podemos party, said the count was falsified.",
     "Podemos", P::kSupports, "Venâncio Mondlane", M::kAsserted},
    // Members a body's apposition lists are the subject.
    {"Five members of the European Union, Spain, Slovakia, Romania, Greece and Cyprus, also do not recognise Kosovo.",
     "Cyprus", P::kOpposes, "Kosovo", M::kAsserted},
    // Members of a body, not listed, speak for it.
    {"Some members of Congress want to sanction Bidzina Ivanishvili personally under the Global Magnitsky Act.",
     "U.S. Congress", P::kSanctions, "Bidzina Ivanishvili", M::kProposed},
    // "and instead designated": the sentence's subject goes on past the
    // adverb.
    {"In March 2024 the United States ended its Zimbabwe sanctions programme, which dated from 2003, and instead "
     "designated Emmerson Mnangagwa, his wife Auxillia, Constantino Chiwenga and several others under the Global "
     "Magnitsky Act.",
     "United States", P::kSanctions, "Constantino Chiwenga", M::kAsserted},
    // "is not under sanctions by": none.
    {"Rosatom itself is not under sanctions by the European Union, because several member states depend on it.",
     "European Union", P::kSanctions, "Rosatom", M::kNegated},
    // Loans one relies on are aid from their giver.
    {"Tunisia has relied instead on loans from Saudi Arabia and Algeria.", "Algeria", P::kAids, "Tunisia",
     M::kAsserted},
    // A state's exports named by its possessive, halted: threatened only.
    {"Robert Fico threatened to halt Slovakia's electricity exports to Ukraine.", "Robert Fico", P::kSanctions,
     "Ukraine", M::kProposed},
    // "Its" opening a sentence before sanctions: the body that opened the
    // one before.
    {"The European Union has added hundreds of vessels to its lists. Its eighteenth package, adopted in July 2025, "
     "lowered the price cap on Russian crude oil.",
     "eighteenth package", P::kEnactedBy, "European Union", M::kAsserted},
    // A government named for an accord is a body, helped as one.
    {"Turkey helped the Government of National Accord repel Haftar's offensive on Tripoli.", "Turkey", P::kAids,
     "Government of National Accord", M::kAsserted},
    // Signatories in a participle set off after the deal.
    {"Ukrainians remember that the Budapest Memorandum of 1994, signed by Russia, the United States and Britain, did "
     "not prevent the annexation of Crimea.",
     "United Kingdom", P::kParticipatesIn, "Budapest Memorandum", M::kAsserted},
    // "Both leaders": the pair a sentence opened with, after a date, when
    // the sentence before names one of them.
    {"On 8 August 2025 Ilham Aliyev and Nikol Pashinyan shook hands in the White House. The leaders initialled a "
     "peace agreement. For Armenia, American involvement offers protection, which Pashinyan's government had sought "
     "since 2023. Both leaders praised Donald Trump.",
     "Ilham Aliyev", P::kPraises, "Donald Trump", M::kAsserted},
    // Tariffs on a sum's worth of a state's goods.
    {"Ottawa imposed counter-tariffs on about sixty billion Canadian dollars of American goods.", "Canada",
     P::kSanctions, "United States", M::kAsserted},
    // An undertaking agreed with another; a joint venture with another.
    {"In 2025 Kazakhstan agreed with the United States to develop a tungsten deposit.", "Kazakhstan",
     P::kCooperatesWith, "United States", M::kAsserted},
    {"Rosatom set up a joint venture with Kazatomprom in 2024.", "Rosatom", P::kCooperatesWith, "Kazatomprom",
     M::kAsserted},
    // The people a possessor's noun sets off are the subject, a list too.
    {"The AfD grew. The party's co-leaders, Alice Weidel and Tino Chrupalla, have cultivated ties with the Trump "
     "administration.",
     "Tino Chrupalla", P::kCooperatesWith, "United States", M::kAsserted},
    // What a sanction is for, past the target's apposition.
    {"In 2025 the United States sanctioned Keremet Bank, a Kyrgyz lender, for helping Russia evade sanctions through "
     "the A7A5 stablecoin.",
     "Keremet Bank", P::kAids, "Russia", M::kAsserted},
    // "the colonel" is the one person the article titled so; the envoys
    // "of" states, after another envoy met, meet for them.
    {"The man who now runs Madagascar is Colonel Michael Randrianirina. The colonel has met the United Nations "
     "resident coordinator and the ambassadors of China and Russia.",
     "Michael Randrianirina", P::kMeets, "Russia", M::kAsserted},
    {"The man who now runs Madagascar is Colonel Michael Randrianirina. The colonel has met the United Nations "
     "resident coordinator and the ambassadors of China and Russia.",
     "Michael Randrianirina", P::kMeets, "United Nations", M::kAsserted},
    // "which" after a state's seat noun is the state.
    {"The sanctions follow the British government, which sanctioned Rosneft a week earlier.", "United Kingdom",
     P::kSanctions, "Rosneft", M::kAsserted},
    // ", whose" owns the instrument; the instrument bans a state's goods.
    {"They follow the European Union, whose nineteenth package banned imports of Russian liquefied natural gas.",
     "nineteenth package", P::kEnactedBy, "European Union", M::kAsserted},
    {"They follow the European Union, whose nineteenth package banned imports of Russian liquefied natural gas.",
     "nineteenth package", P::kTargets, "Russia", M::kAsserted},
    // A suspension with a time phrase after the state.
    {"The African Union suspended Madagascar the day after the takeover.", "Madagascar", P::kMemberOf,
     "African Union", M::kNegated},
    {"Reliance Industries had a long-term contract with Rosneft.", "Reliance Industries", P::kCooperatesWith,
     "Rosneft", M::kAsserted},
    // A possessive after an object pronoun is that pronoun's person.
    {"Andrej Babis is prime minister again. President Petr Pavel appointed him on 9 December, two months after his "
     "ANO movement won the election.",
     "Andrej Babiš", P::kMemberOf, "ANO", M::kAsserted},
    // Membership kept "would remain a firm member of both".
    {"Babis said the Czech Republic would remain a firm member of both NATO and the European Union.", "Czech Republic",
     P::kMemberOf, "European Union", M::kHypothetical},
    // The founder in an apposition of four words.
    {"Babis agreed to give up Agrofert, the agricultural and chemicals group he founded, to meet the law.",
     "Andrej Babiš", P::kFounded, "Agrofert", M::kAsserted},
    // "he" in a clause that "after" opens is that clause's subject.
    {"In December President Petr Pavel appointed him prime minister, after Babis agreed to give up control of "
     "Agrofert, the conglomerate he founded, to resolve a conflict of interest.",
     "Andrej Babiš", P::kFounded, "Agrofert", M::kAsserted},
    // A second relative clause joined by "and" has the first one's antecedent.
    {"Gustavo Petro, whose own visa was revoked and who was himself sanctioned by the Treasury in October, called "
     "the strikes murder.",
     "U.S. Department of the Treasury", P::kSanctions, "Gustavo Petro", M::kAsserted},
    // "RSF" in an article that names Sudan is the Rapid Support Forces.
    {"Emirati cargo flights supplied the RSF with weapons during the war in Sudan.", "United Arab Emirates", P::kAids,
     "Rapid Support Forces", M::kAsserted},
    // A listing called for is a sanction proposed.
    {"Senator Jim Risch has called for the Rapid Support Forces to be designated a terrorist organisation.",
     "Jim Risch", P::kSanctions, "Rapid Support Forces", M::kProposed},
    // A place opening the sentence after a preposition is where, not who.
    {"In Washington, Senator Jim Risch has called for sanctions on Russia.", "Jim Risch", P::kSanctions, "Russia",
     M::kProposed},
    // Who carries out a coup or an annexation takes part in it.
    {"The UAE made a mistake in not stopping the 2021 coup by Burhan and the Rapid Support Forces.",
     "Rapid Support Forces", P::kParticipatesIn, "2021 coup", M::kAsserted},
    {"The 2014 annexation of Crimea by Russia was condemned.", "Russia", P::kParticipatesIn,
     "2014 annexation of Crimea", M::kAsserted},
    // A meeting offered is proposed, whatever governs the offer.
    {"Kim Jong Un did not respond to Trump's offer to meet him during the trip.", "Donald Trump", P::kMeets,
     "Kim Jong Un", M::kProposed},
    {"A few weeks earlier Bishkek and Dushanbe ratified an agreement settling the last disputed sections of their "
     "frontier.",
     "Kyrgyzstan", P::kCooperatesWith, "Tajikistan", M::kAsserted},
    // The second partner past the first one's apposition, or past a second noun.
    {"Baku has also deepened ties with Ankara, its closest ally, and with Kyiv.", "Azerbaijan", P::kCooperatesWith,
     "Ukraine", M::kAsserted},
    {"President Lee Jae-myung has kept the military alliance with the United States and the trilateral cooperation "
     "with Japan.",
     "Lee Jae-myung", P::kCooperatesWith, "Japan", M::kAsserted},
    {"The Azerbaijan Airlines jet was hit by a Russian air defence missile.", "Russia", P::kAttacks,
     "Azerbaijan Airlines", M::kAsserted},
    // The verdict's negation is no negation of the criticism.
    {"The Kremlin called the election of 28 September neither free nor fair.", "Russia", P::kCriticizes,
     "election of 28 September", M::kAsserted},
    // A city after a seat noun is where the state's government sits.
    {"Sudan's army-backed government in Port Sudan has sided with Egypt.", "Sudan", P::kSupports, "Egypt",
     M::kAsserted},
    // The writer accuses, not the one written to.
    {"Egypt's foreign ministry sent a letter to the UN Security Council accusing Ethiopia of unilateral action.",
     "Ministry of Foreign Affairs of Egypt", P::kCriticizes, "Ethiopia", M::kAsserted},
    // "its own relations" are the sentence's first state's.
    {"Eritrea, whose president Isaias Afwerki has hosted el-Sisi three times, has drawn closer to Cairo as its own "
     "relations with Addis Ababa have soured.",
     "Eritrea", P::kCooperatesWith, "Ethiopia", M::kNegated},
    // An alliance that is over.
    {"Evo Morales was barred from standing. His former ally, President Luis Arce, did not seek re-election.",
     "Evo Morales", P::kCooperatesWith, "Luis Arce", M::kNegated},
    // The antecedent is criticised in a second relative clause too.
    {"Opposition figures abroad, among them Mukhtar Ablyazov, who lives in France and whom Astana accuses of "
     "organising the 2022 unrest, dismissed the plan.",
     "Kazakhstan", P::kCriticizes, "Mukhtar Ablyazov", M::kAsserted},
    {"Tokayev criticised the government of Olzhas Bektenov for slow growth outside oil.", "Kassym-Jomart Tokayev",
     P::kCriticizes, "Olzhas Bektenov", M::kAsserted},
    {"Tokayev announced that Kazakhstan would build its first nuclear power plant with Rosatom.", "Kazakhstan",
     P::kCooperatesWith, "Rosatom", M::kHypothetical},
    {"Hungary has delayed or watered down every EU sanctions package since 2022.", "Hungary", P::kOpposes,
     "EU sanctions package", M::kAsserted},
    {"Péter Magyar, a former Fidesz insider whose Tisza party leads in most polls, has promised to unfreeze EU funds.",
     "Péter Magyar", P::kMemberOf, "Tisza", M::kAsserted},
    // Who acts at a meeting the sentence opens with takes part in it.
    {"At a White House meeting on 7 November, Donald Trump granted Hungary a one-year exemption.", "Donald Trump",
     P::kParticipatesIn, "White House meeting on 7 November", M::kAsserted},
    // The arrested person is the head of the apposition, not the one it names.
    {"Ekrem İmamoğlu, the city's mayor and the main rival of President Recep Tayyip Erdoğan, was arrested in "
     "Istanbul.",
     "Turkey", P::kDetains, "Ekrem İmamoğlu", M::kAsserted},
    {"A new constitution, which the governing AKP and its nationalist ally the MHP want, would solve that problem.",
     "Justice and Development Party", P::kCooperatesWith, "Nationalist Movement Party", M::kAsserted},
    {"The party collapsed after a feud between Evo Morales and his former ally Luis Arce split its voters.",
     "Evo Morales", P::kCooperatesWith, "Luis Arce", M::kNegated},
    {"Emomali Rahmon has been the most hostile of the Central Asian leaders to the Taliban.", "Emomali Rahmon",
     P::kOpposes, "Taliban", M::kAsserted},
    {"Talks with Israel on a security agreement, mediated by the American envoy Tom Barrack, have made some progress.",
     "Tom Barrack", P::kParticipatesIn, "Talks with Israel", M::kAsserted},
    // A truce is no deal its name dates.
    {"In March Mazloum Abdi signed an agreement with al-Sharaa. A ceasefire brokered by the United States, Jordan and "
     "Turkey ended the fighting in July. Turkey has threatened military action if the March deal fails.",
     "Jordan", P::kParticipatesIn, "ceasefire", M::kAsserted},
    // An apposition's "an armed group backed by".
    {"Maliki did better than expected, and Qais al-Khazali's Asaib Ahl al-Haq, an armed group backed by Iran, won "
     "seats of its own.",
     "Iran", P::kSupports, "Asaib Ahl al-Haq", M::kAsserted},
    // "its" after a copula is another state than the clause's subject.
    {"Kyrgyzstan hosts a Russian air base at Kant, while China is its largest trading partner and biggest creditor.",
     "Kyrgyzstan", P::kCooperatesWith, "China", M::kAsserted},
    {"France has been Armenia's most reliable Western partner, selling it radar systems and armoured vehicles.",
     "France", P::kCooperatesWith, "Armenia", M::kAsserted},
    // What an office is for may stand between the body's title and the name.
    {"The United Nations special rapporteur on Myanmar, Tom Andrews, called it a sham.", "Tom Andrews",
     P::kHoldsPosition, "United Nations", M::kAsserted},
    {"Much of the country is held by the People's Defence Forces loyal to the National Unity Government.",
     "People's Defence Forces", P::kSupports, "National Unity Government", M::kAsserted},
    // A seat's government led by someone: the state's.
    {"The government in Bamako, led by Assimi Goïta, expelled the French ambassador.", "Assimi Goïta",
     P::kHoldsPosition, "Mali", M::kAsserted},
    // An exit that ends the membership of states named after it.
    {"The Alliance of Sahel States completed its exit from ECOWAS, ending half a century of membership for Mali, "
     "Burkina Faso and Niger.",
     "Burkina Faso", P::kMemberOf, "ECOWAS", M::kNegated},
    // "the country" in a main clause: the one state the opening adverbial named.
    {"Mali left the bloc in January. After the coup in Niger in July 2023, ECOWAS closed borders and froze the "
     "country's assets at the regional central bank.",
     "ECOWAS", P::kSanctions, "Niger", M::kAsserted},
    // Each of a list of people called "two leaders of" the body.
    {"Nika Melia and Nika Gvaramia, two leaders of the Coalition for Change, were jailed.", "Nika Gvaramia",
     P::kHoldsPosition, "Coalition for Change", M::kAsserted},
    // Units a demonym names are the state's.
    {"The Africa Corps now trains Malian units and guards mines.", "Africa Corps", P::kAids, "Mali", M::kAsserted},
    // Expelling a state's envoy named in an apposition is a stance against the state.
    {"Rubio declared Ebrahim Rasool, South Africa's ambassador in Washington, persona non grata.", "Marco Rubio",
     P::kCriticizes, "South Africa", M::kAsserted},
    // "the Trump administration's" names the state whose adviser is meant.
    {"Massad Boulos, the Trump administration's senior adviser for Africa, has visited the region.", "Massad Boulos",
     P::kHoldsPosition, "United States", M::kAsserted},
    // Who leads a mission takes part in it.
    {"Kenyan police lead the multinational mission in Haiti.", "Kenya", P::kParticipatesIn,
     "multinational mission in Haiti", M::kAsserted},
    // A title and a comma may stand between "the father of" and the name.
    {"Hun Sen, Cambodia's former leader and the father of its current prime minister, Hun Manet, spoke.", "Hun Sen",
     P::kFamilyOf, "Hun Manet", M::kAsserted},
    {"Hun Sen, the father of the prime minister, Hun Manet, spoke.", "Hun Sen", P::kFamilyOf, "Hun Manet",
     M::kAsserted},
    // "the Pretoria deal", a capital's, is one name, as "the Pretoria agreement" is.
    {"Asmara was not a party to the Pretoria deal.", "Eritrea", P::kParticipatesIn, "Pretoria deal", M::kNegated},
    // "he" right after ", where" is the subject of the clause the "where" hangs on.
    {"Trump has refused to rule out pressure, and in March Vice President JD Vance visited the American base at "
     "Pituffik, where he accused Denmark of failing to protect Greenland.",
     "JD Vance", P::kCriticizes, "Denmark", M::kAsserted},
    // A pronoun subject after a fronted phrase carries its person into "him" of the next sentence.
    {"Milorad Dodik leads the Serbs. As president of Republika Srpska, the Serb-majority entity, he threatened "
     "secession, courted Vladimir Putin and defied Christian Schmidt. The United States sanctioned him in 2017.",
     "United States", P::kSanctions, "Milorad Dodik", M::kAsserted},
    // Expelling a state's military advisers is a stance against it.
    {"India expelled Pakistani military advisers.", "India", P::kCriticizes, "Pakistan", M::kAsserted},
    // "both gangs" stands for the two gangs named before.
    {"Noboa designated twenty-two gangs as terrorist organisations, including Los Choneros and Los Lobos. Washington "
     "designated both gangs as foreign terrorist organisations in September.",
     "United States", P::kSanctions, "Los Lobos", M::kAsserted},
    // Who runs as a party's candidate is of the party.
    {"Issa Tchiroma Bakary, a former government spokesman, ran as the candidate of the Cameroon National Salvation "
     "Front.",
     "Issa Tchiroma Bakary", P::kMemberOf, "Cameroon National Salvation Front", M::kAsserted},
    {"The main opposition leader, Maurice Kamto of the Cameroon Renaissance Movement, was barred from running.",
     "Maurice Kamto", P::kMemberOf, "Cameroon Renaissance Movement", M::kAsserted},
    // Laurent Gbagbo leads the African Peoples' Party of Côte d'Ivoire.
    {"The council excluded the former president Laurent Gbagbo, who led the African Peoples' Party.",
     "Laurent Gbagbo", P::kHoldsPosition, "African Peoples' Party – Côte d'Ivoire", M::kAsserted},
    // A verb after "and" that a "that" clause's intransitive verb cannot share is the sentence's subject's.
    {"The State Department designated the Cartel de los Soles as a terrorist organisation. Maduro denies that the "
     "cartel exists and accuses the United States of preparing an invasion.",
     "Nicolás Maduro", P::kCriticizes, "United States", M::kAsserted},
    // Those named after "including" right after a body are of it.
    {"Democrats in Congress, and some Republicans, including Senator Rand Paul, say the strikes are illegal.",
     "Rand Paul", P::kMemberOf, "Republican Party", M::kAsserted},
    {"The G7, including Japan and Canada, agreed on the cap.", "Canada", P::kMemberOf, "G7", M::kAsserted},
    // Sirajuddin Haqqani is the Taliban government's interior minister.
    {"Western governments remain opposed. The United States, which still offers a reward for information on the "
     "interior minister, Sirajuddin Haqqani, will not recognise the Taliban government in Afghanistan.",
     "Sirajuddin Haqqani", P::kHoldsPosition, "Afghanistan", M::kAsserted},
    // "an attack" after "would not": only possible.
    {"The truce would not survive an Iranian attack on Saudi oil facilities.", "Iran", P::kAttacks, "Saudi Arabia",
     M::kHypothetical},
    // "the country" later in a sentence is the paragraph's topic, not the
    // first state of the sentence before.
    {"Captain Ibrahim Traoré took power in Burkina Faso in 2022. Russia has since signed an agreement with Burkina "
     "Faso to build a power plant. The United States suspended some assistance to the country after the coup.",
     "United States", P::kAids, "Burkina Faso", M::kNegated},
};
INSTANTIATE_TEST_SUITE_P(Patterns, RelationCase, ::testing::ValuesIn(kMore));

// "won the election ... and took office": the second verb of the name's
// own clause.
TEST(Relations, TakingOfficeAsASecondVerbGivesTheKnownOffice) {
  Document d = Extract("Lee Jae-myung of the Democratic Party won the snap election on June 3 and took office the "
                       "next day.",
                       "2025-07-20");
  EXPECT_TRUE(Related(d, "Lee Jae-myung", Predicate::kHoldsPosition, "South Korea")) << Dump(d);
  // (Another person between: the office is not the first name's.)
  Document other = Extract("Kim Moon-soo lost the snap election to Lee Jae-myung, and he took office the next day.",
                           "2025-07-20");
  EXPECT_FALSE(Related(other, "Kim Moon-soo", Predicate::kHoldsPosition, "South Korea")) << Dump(other);
}

// "his Afghan counterpart": the office of the one named before.
TEST(Relations, ACounterpartHoldsTheOtherOneOffice) {
  auto d = Extract("Pakistan's defence minister, Khawaja Asif, and his Afghan counterpart, Mullah Mohammad Yaqoob, "
                   "signed the text.",
                   "2025-11-01");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Mullah Mohammad Yaqoob") {
      found = true;
      ASSERT_TRUE(r.attributes.count("role")) << Dump(d);
      EXPECT_EQ(r.attributes.at("role"), "Defence Minister") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "to replace her": the successor takes the office the one replaced held.
TEST(Relations, ASuccessorAfterToReplaceTakesTheOffice) {
  auto d = Extract("The Constitutional Court removed Paetongtarn Shinawatra in August, and parliament elected Anutin "
                   "Charnvirakul to replace her.",
                   "2025-11-01");
  EXPECT_EQ(Related(d, "Anutin Charnvirakul", P::kHoldsPosition, "Thailand"), M::kAsserted) << Dump(d);
}

// "became the fifth French prime minister": an ordinal and a demonym
// before the title; "Iran's Ali Larijani": the office held now, in a body
// of the state named, before one held years ago.
TEST(Relations, BecomingTheNthTitleAndTheStatesBodies) {
  auto d = Extract("Sébastien Lecornu became the fifth French prime minister in less than two years.", "2025-10-20");
  EXPECT_EQ(Related(d, "Sébastien Lecornu", P::kHoldsPosition, "France"), M::kAsserted) << Dump(d);
  auto l = Extract("Iran's Ali Larijani visited Beirut in August and criticised the plan.", "2025-09-15");
  EXPECT_EQ(Related(l, "Ali Larijani", P::kHoldsPosition, "Supreme National Security Council"), M::kAsserted)
      << Dump(l);
  EXPECT_FALSE(Related(l, "Ali Larijani", P::kHoldsPosition, "Iran")) << Dump(l);
}

// "his North Korean counterpart": with no office named in the sentence,
// the one the knowledge base gives the person named before.
TEST(Relations, ACounterpartTakesTheKnownOfficeOfThePersonBefore) {
  auto d = Extract("Sergei Lavrov flew to Wonsan for talks with his North Korean counterpart, Choe Son Hui.",
                   "2025-08-01");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Choe Son Hui") {
      found = true;
      ASSERT_TRUE(r.attributes.count("role")) << Dump(d);
      EXPECT_EQ(r.attributes.at("role"), "Foreign Minister") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "Prime Ministers Anthony Albanese and James Marape": a plural title is
// each one's; a singular one before two names only the first's.
TEST(Relations, APluralTitleBeforeTwoNamesIsEachOnes) {
  auto d = Extract("Prime Ministers Anthony Albanese and James Marape signed the text in Canberra.", "2025-10-07");
  EXPECT_EQ(Related(d, "Anthony Albanese", P::kHoldsPosition, "Australia"), M::kAsserted) << Dump(d);
  EXPECT_EQ(Related(d, "James Marape", P::kHoldsPosition, "Papua New Guinea"), M::kAsserted) << Dump(d);
  auto one = Extract("Prime Minister Anthony Albanese and James Marape signed the text in Canberra.", "2025-10-07");
  EXPECT_FALSE(Related(one, "James Marape", P::kHoldsPosition, "Papua New Guinea")) << Dump(one);
}

// "... left for Angola. [A paragraph naming no state] ... readmitted the
// country": the article's own state, not one named in passing before.
TEST(Relations, TheCountryInAParagraphNamingNoStateIsTheArticles) {
  auto d = Extract("Gabon voted in April. Gabon's general won. Gabon's old ruler left for Angola.\n\n"
                   "The general campaigned as the man who ended a dynasty. The Economic Community of Central African "
                   "States had already readmitted the country.");
  EXPECT_TRUE(Related(d, "Gabon", P::kMemberOf, "Economic Community of Central African States")) << Dump(d);
  EXPECT_FALSE(Related(d, "Angola", P::kMemberOf, "Economic Community of Central African States")) << Dump(d);
}

// ("He visited Tokyo in August for talks with Shigeru Ishiba", in an article
// of August 2025: the state meets no one the knowledge base has in its
// office then, titled or not.)
TEST(Relations, NoStateMeetsItsOwnOfficerOfTheDay) {
  extract::Extractor ex(Book());
  extract::ExtractOptions options;
  options.date = "2025-08-30";
  auto d = ex.Run("d.txt", "Lee Jae-myung took office in June. He visited Tokyo in August for talks with Shigeru "
                           "Ishiba.\n", options);
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(Related(*d, "Japan", P::kMeets, "Shigeru Ishiba")) << Dump(*d);
  EXPECT_FALSE(Related(*d, "Shigeru Ishiba", P::kMeets, "Japan")) << Dump(*d);
}

// "Chancellor Rachel Reeves": a finance minister's titles are one role.
TEST(Relations, AChancellorOfTheExchequerIsTheFinanceMinister) {
  extract::Extractor ex(Book());
  extract::ExtractOptions options;
  options.date = "2025-11-01";
  auto d = ex.Run("d.txt", "Chancellor Rachel Reeves followed in January 2025.\n", options);
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(Related(*d, "Rachel Reeves", P::kHoldsPosition, "United Kingdom")) << Dump(*d);
}

// "the justice minister, Herman Halushchenko, who had been energy minister":
// the title before the name is the office held now.
TEST(Relations, TheTitleBeforeTheNameOutweighsAnOldOneAfterIt) {
  auto d = Extract("Ukraine is at war, and Ukraine needs Kyiv's allies. Parliament dismissed the justice minister, "
                   "Oleh Marchenko, who had been energy minister until July.");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Oleh Marchenko") {
      found = true;
      ASSERT_TRUE(r.attributes.count("role")) << Dump(d);
      EXPECT_EQ(r.attributes.at("role"), "Justice Minister") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "His vice-president, Edmand Lara": the office is in the state where the
// person "his" stands for holds one, and nowhere else.
TEST(Relations, HisTitleBeforeANameIsInTheStateOfThePersonBefore) {
  auto d = Extract("Bolivia is poor, and Bolivia is in crisis in La Paz. President Rodrigo Paz took office in November. His "
                   "vice-president, Marta Quispe, has criticised the cabinet.",
                   "2025-12-01");
  EXPECT_EQ(Related(d, "Marta Quispe", P::kHoldsPosition, "Bolivia"), M::kAsserted) << Dump(d);
  auto other = Extract("Bolivia is poor, and Bolivia is in crisis in La Paz. A visiting banker praised the cabinet. His "
                       "vice-president, Marta Quispe, has criticised it.",
                       "2025-12-01");
  EXPECT_FALSE(Related(other, "Marta Quispe", P::kHoldsPosition, "Bolivia")) << Dump(other);
}

// "Parliament Speaker Numan Kurtulmuş", "Duma Speaker Vyacheslav Volodin":
// a speaker's titles are one role (lexicon same_role_speaker).
TEST(Relations, ASpeakersTitlesAreOneRole) {
  auto d = Extract("The commission is chaired by Parliament Speaker Numan Kurtulmuş. Duma Speaker Vyacheslav Volodin "
                   "sent a message.",
                   "2025-08-01");
  EXPECT_EQ(Related(d, "Numan Kurtulmuş", P::kHoldsPosition, "Turkey"), M::kAsserted) << Dump(d);
  EXPECT_EQ(Related(d, "Vyacheslav Volodin", P::kHoldsPosition, "Russia"), M::kAsserted) << Dump(d);
}

// "He held talks with Xi and with Putin, who thanked ... His daughter Kim
// Ju Ae accompanied him": "his" opening a sentence after one that opened
// with a pronoun is that pronoun's person.
TEST(Relations, HisOpeningASentenceCarriesThePronounBefore) {
  auto d = Extract("Kim Jong Un used the trip to his advantage. He held separate talks with Xi Jinping and with "
                   "Vladimir Putin, who thanked North Korean soldiers. His daughter Kim Ju Ae accompanied him.");
  EXPECT_EQ(Related(d, "Kim Ju Ae", P::kFamilyOf, "Kim Jong Un"), M::kAsserted) << Dump(d);
  EXPECT_FALSE(Related(d, "Kim Ju Ae", P::kFamilyOf, "Vladimir Putin")) << Dump(d);
}

// "elected Takaichi as Japan's first female prime minister": the title
// after "as", past the state's possessive and "first female".
TEST(Relations, ATitleAfterAsPastAPossessiveAndOrdinal) {
  auto d = Extract("On October 21 the lower house elected Sanae Takaichi as Japan's first female prime minister.",
                   "2025-10");
  EXPECT_EQ(Related(d, "Sanae Takaichi", P::kHoldsPosition, "Japan"), M::kAsserted) << Dump(d);
}

// "named his wife, Verónica Alcocer, his son Nicolás Petro": the name in
// apposition to "his wife" is the wife, not the son named after it.
TEST(Relations, AListOfRelativesKeepsEachOnesRole) {
  auto d = Extract("The sanctions also named Gustavo Petro's wife, Verónica Alcocer, his son Nicolás Petro and "
                   "Interior Minister Armando Benedetti.");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kFamilyOf && d.entities[r.subject].name == "Verónica Alcocer") {
      found = true;
      ASSERT_TRUE(r.attributes.count("role")) << Dump(d);
      EXPECT_EQ(r.attributes.at("role"), "Wife") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "former Taipei mayor Hau Lung-bin", in an article that uses "Taipei" for
// Taiwan too: a capital before a city's office is the city.
TEST(Relations, ACapitalBeforeACitysOfficeIsTheCity) {
  auto d = Extract("Taiwan votes, and Taipei watches. Cheng Li-wun defeated former Taipei mayor Hau Lung-bin.");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Hau Lung-bin") {
      found = true;
      EXPECT_EQ(d.entities[r.object].name, "Taipei") << Dump(d);
      EXPECT_TRUE(d.entities[r.object].attributes.count("city")) << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "the United States had exempted Hungary from its sanctions": a
// sanction's "its" is the subject's, not the verb's object's.
TEST(Relations, ASanctionsItsIsTheSubjectsNotTheObjects) {
  auto d = Extract("Orbán announced that the United States had exempted Hungary from its sanctions on Rosneft.");
  for (const auto& e : d.entities) {
    if (e.type == EntityType::kSanction) {
      EXPECT_EQ(e.name.find("Hungary"), std::string::npos) << Dump(d);
    }
  }
  EXPECT_FALSE(Related(d, "Hungary", P::kSanctions, "Rosneft")) << Dump(d);
}

// "the Israel Defense Forces ... [many sentences on Lebanon] ... The army,
// commanded by General Rodolphe Haykal": "the army" is no force named
// long before.
TEST(Relations, TheArmyIsNoForceNamedLongBefore) {
  auto d = Extract("An Israel Defense Forces strike killed a commander in Beirut. Lebanon mourned. Lebanon's cabinet "
                   "met. Lebanon's president spoke. Lebanon's prime minister spoke. Lebanon's parliament met. Lebanon "
                   "waited. The army, commanded by General Rodolphe Haykal, has taken over positions in the south.");
  EXPECT_FALSE(Related(d, "Rodolphe Haykal", P::kHoldsPosition, "Israel Defense Forces")) << Dump(d);
}

// "Kemi Badenoch, the Conservative leader,": a title in an apposition,
// after a word naming whose, gives the knowledge base's office.
TEST(Relations, ATitleInAQualifiedAppositionGivesTheKnownOffice) {
  auto d = Extract("Kemi Badenoch, the Conservative leader, called it a surrender.", "2025-06-01");
  EXPECT_EQ(Related(d, "Kemi Badenoch", P::kHoldsPosition, "Conservative Party"), M::kAsserted) << Dump(d);
}

// "Anthony Albanese met Trump. ... The prime minister visited Beijing and
// met Xi Jinping": a bare title is the one person named before who held
// that office; with two such holders named, it is neither.
TEST(Relations, ABareTitleIsThePersonNamedBeforeWhoHoldsIt) {
  auto d = Extract("Anthony Albanese met Donald Trump on October 20. The prime minister visited Beijing in July and "
                   "met Xi Jinping.",
                   "2025-10-25");
  EXPECT_EQ(Related(d, "Anthony Albanese", P::kMeets, "Xi Jinping"), M::kAsserted) << Dump(d);
  auto two = Extract("Anthony Albanese met Keir Starmer on October 20. The prime minister visited Beijing in July and "
                     "met Xi Jinping.",
                     "2025-10-25");
  EXPECT_FALSE(Related(two, "Anthony Albanese", P::kMeets, "Xi Jinping")) << Dump(two);
  EXPECT_FALSE(Related(two, "Keir Starmer", P::kMeets, "Xi Jinping")) << Dump(two);
}

// "his Mauritian counterpart, Navin Ramgoolam ... his predecessor, Pravind
// Jugnauth": the predecessor takes the counterpart's office with its title.
TEST(Relations, APredecessorTakesACounterpartsTitledOffice) {
  auto d = Extract("On May 22 Prime Minister Keir Starmer and his Mauritian counterpart, Navin Ramgoolam, signed a "
                   "treaty.\n\nRamgoolam, who returned to power in November 2024, had reopened the terms agreed by his "
                   "predecessor, Pravind Jugnauth.",
                   "2025-06-01");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Pravind Jugnauth") {
      found = true;
      ASSERT_TRUE(r.attributes.count("role")) << Dump(d);
      EXPECT_EQ(r.attributes.at("role"), "Prime Minister") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// In an article with no date, "a general election on December 28" is the
// article's own; "the 2020 election" after it is another, and "the poll"
// after that is still the one of December 28.
TEST(Relations, AnEarlierYearNamesAnotherElectionInAnUndatedArticle) {
  auto d = Extract("The junta held the first phase of a general election on December 28. The National League for "
                   "Democracy won the 2020 election in a landslide. China backed the election, and the United States "
                   "condemned the poll as a sham.",
                   "");
  EXPECT_TRUE(Related(d, "China", P::kSupports, "general election on December 28")) << Dump(d);
  EXPECT_TRUE(Related(d, "United States", P::kCriticizes, "general election on December 28")) << Dump(d);
  EXPECT_FALSE(Related(d, "China", P::kSupports, "2020 election")) << Dump(d);
}

// "the latest poll by Gallup", "a poll conducted in May": surveys, no
// mention of the election named before.
TEST(Relations, AnOpinionPollIsNoElection) {
  auto d = Extract("Kenya held a general election on August 9. The latest poll by Gallup showed trust falling, and "
                   "the poll conducted in May agreed.",
                   "2022-09-01");
  for (const auto& e : d.entities) {
    if (e.type != EntityType::kEvent) continue;
    for (const auto& m : e.mentions)
      EXPECT_EQ(m.text.find("poll"), std::string::npos) << m.text << "\n" << Dump(d);
  }
}

// "Sergio Gor, the new ambassador in New Delhi", "Trade adviser Peter
// Navarro": a title in an apposition closed by a place, a title that is
// the head of the office's name, or another name of the office, gives the
// knowledge base's office.
TEST(Relations, TitlesThatNameAKnownOfficeInOtherWords) {
  auto d = Extract("Sergio Gor, the new ambassador in New Delhi, has promised a reset. Trade adviser Peter Navarro "
                   "called it Modi's war.",
                   "2025-12-01");
  EXPECT_EQ(Related(d, "Sergio Gor", P::kHoldsPosition, "United States"), M::kAsserted) << Dump(d);
  EXPECT_EQ(Related(d, "Peter Navarro", P::kHoldsPosition, "United States"), M::kAsserted) << Dump(d);
}

// "Jeannette Jara, the former labour minister,": the apposition's office,
// past "former", is the knowledge base's, marked former.
TEST(Relations, AFormerOfficeAfterTheInAnApposition) {
  auto d = Extract("Kast defeated Jeannette Jara, the former labour minister, in the runoff.", "2025-12-20");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Jeannette Jara") {
      found = true;
      EXPECT_EQ(d.entities[r.object].name, "Chile") << Dump(d);
      EXPECT_TRUE(r.attributes.count("former")) << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "Paetongtarn Shinawatra addressed Hun Sen ... Anutin replaced her":
// "her" is the one whose given name says so, and her office passes on.
TEST(Relations, HerIsTheOneWhoseGivenNameSaysSo) {
  auto d = Extract("A leaked phone call in which Paetongtarn Shinawatra addressed Hun Sen, Cambodia's former leader "
                   "and the father of Prime Minister Hun Manet, led the court to remove her from office. Anutin "
                   "Charnvirakul replaced her.",
                   "2025-09-10");
  EXPECT_EQ(Related(d, "Anutin Charnvirakul", P::kHoldsPosition, "Thailand"), M::kAsserted) << Dump(d);
  EXPECT_FALSE(Related(d, "Anutin Charnvirakul", P::kHoldsPosition, "Cambodia")) << Dump(d);
}

// "Secretary of State Marco Rubio met his Canadian counterpart, Anita
// Anand": a cabinet title of one state is the plain ministry's in another.
TEST(Relations, ACounterpartOfASecretaryOfStateIsAForeignMinister) {
  auto d = Extract("Secretary of State Marco Rubio met his Canadian counterpart, Anita Anand, on the sidelines.",
                   "2025-11-12");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Anita Anand") {
      found = true;
      EXPECT_EQ(d.entities[r.object].name, "Canada") << Dump(d);
      ASSERT_TRUE(r.attributes.count("role")) << Dump(d);
      EXPECT_EQ(r.attributes.at("role"), "Foreign Minister") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// The role of `person`'s office in `state`: "" when none is given, "-"
// when there is no such office.
std::string CounterpartRoleIn(const dossier::Document& d, const std::string& person, const std::string& state) {
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == person && d.entities[r.object].name == state)
      return r.attributes.count("role") ? r.attributes.at("role") : "";
  return "-";
}

// The counterpart of a British Foreign Secretary is a foreign minister, or
// the title the knowledge base gives the counterpart: Rubio is Secretary of
// State, not "Foreign Secretary".
TEST(Relations, ACounterpartAbroadTakesThePlainOfficeOrTheirOwnTitle) {
  auto rubio = Extract("British Foreign Secretary David Lammy met his American counterpart, Marco Rubio, in "
                       "Washington on Friday.",
                       "2025-03-01");
  EXPECT_EQ(CounterpartRoleIn(rubio, "Marco Rubio", "United States"), "Secretary of State") << Dump(rubio);
  auto wang = Extract("Foreign Secretary Yvette Cooper held talks with her Chinese counterpart, Wang Yi, in London.",
                      "2025-11-01");
  EXPECT_EQ(CounterpartRoleIn(wang, "Wang Yi", "China"), "Foreign Minister") << Dump(wang);
}

// "Treasury Secretary Scott Bessent" also heads the Treasury: a body's
// office is no state's counterpart, so his Japanese counterpart is Japan's
// finance minister.
TEST(Relations, ACounterpartOfATreasurySecretaryIsAFinanceMinister) {
  auto d = Extract("Treasury Secretary Scott Bessent met his Japanese counterpart, Satsuki Katayama, in Tokyo.",
                   "2025-11-01");
  EXPECT_EQ(CounterpartRoleIn(d, "Satsuki Katayama", "Japan"), "Finance Minister") << Dump(d);
}

// "captured Goma in January", told of in December, is that January; a
// month given with no tense cue, in the two months ahead, is the next.
TEST(Relations, AMonthToldOfAsDoneIsThePastOne) {
  auto d = Extract("The M23 captured Goma in January.", "2025-12-05");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kAttacks && d.entities[r.object].name == "Goma") {
      found = true;
      ASSERT_TRUE(r.attributes.count("date")) << Dump(d);
      EXPECT_EQ(r.attributes.at("date"), "2025-01") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "President Xiomara Castro ... a decision Asfura has promised to review.
// She signed ...": "she" skips a man named last for the woman before. (A
// treaty she only threatened to end says nothing of the ties: see the
// negative cases.)
TEST(Relations, SheSkipsAManNamedLast) {
  auto d = Extract("President Xiomara Castro has moved Honduras to the left. In 2023 her government broke relations "
                   "with Taiwan, a decision Nasry Asfura has promised to review. She signed a security agreement "
                   "with the United States in 2024.",
                   "2025-12-03");
  EXPECT_TRUE(Related(d, "United States", P::kCooperatesWith, "Xiomara Castro")) << Dump(d);
}

// "sanctions on Russia while insisting that Serbia's path leads to the EU.
// [paragraph] The refinery belongs to NIS, the country's only oil refiner":
// opening a paragraph, "the country" is the state the paragraph before named
// most, a tie going to the article's own state.
TEST(Relations, TheCountryOpeningAParagraphIsTheArticlesOwnOnATie) {
  auto d = Extract("Serbia's Refinery Problem\n\nFor three years Aleksandar Vučić has refused to join Western sanctions "
                   "on Russia while insisting that Serbia's path leads to the European Union. In October the "
                   "contradiction arrived at the refinery.\n\nThe refinery belongs to Naftna Industrija Srbije, the "
                   "country's only oil refiner, in which Gazprom Neft holds a stake. Serbia imports gas. Belgrade "
                   "protested.",
                   "2025-11-28");
  EXPECT_TRUE(Related(d, "Naftna Industrija Srbije", P::kLocatedIn, "Serbia")) << Dump(d);
  EXPECT_FALSE(Related(d, "Naftna Industrija Srbije", P::kLocatedIn, "Russia")) << Dump(d);
}

// "In August Washington doubled its tariffs ..., and in October the
// Treasury sanctioned Rosneft": the clause's own date, not the sentence's.
TEST(Relations, AClauseAfterAndTakesItsOwnDate) {
  auto d = Extract("In August Washington doubled its tariffs on Indian goods to 50 percent, citing those purchases, "
                   "and in October the Treasury sanctioned Rosneft and Lukoil.",
                   "2025-12-06");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kSanctions && d.entities[r.object].name == "Rosneft") {
      found = true;
      ASSERT_TRUE(r.attributes.count("date")) << Dump(d);
      EXPECT_EQ(r.attributes.at("date"), "2025-10") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "Kamla Persad-Bissessar, who returned as prime minister in April": a
// title after "returned as" in a relative clause, or after the name.
TEST(Relations, ReturnedAsATitle) {
  for (const char* text : {"Kamla Persad-Bissessar, who returned as prime minister in April, has abandoned caution.",
                           "In Trinidad and Tobago, Kamla Persad-Bissessar returned as prime minister in April."}) {
    auto d = Extract(text, "2025-11-05");
    EXPECT_TRUE(Related(d, "Kamla Persad-Bissessar", P::kHoldsPosition, "Trinidad and Tobago")) << text << "\n"
                                                                                                << Dump(d);
  }
}

// "Sharaa and his interior minister, Anas Khattab": an office after "his"
// is in the government the person leads on the article's date; the pair
// is still the object of the delisting around it.
TEST(Relations, AnOfficeAfterHisIsInTheGovernmentHeLeads) {
  auto d = Extract("Syria's rehabilitation went on. On 6 November the UN Security Council voted to remove Ahmed "
                   "al-Sharaa and his interior minister, "
                   "Anas Khattab, from its sanctions list.",
                   "2025-11-10");
  EXPECT_TRUE(Related(d, "Anas Khattab", P::kHoldsPosition, "Syria")) << Dump(d);
  EXPECT_TRUE(Related(d, "UN Security Council", P::kSanctions, "Ahmed al-Sharaa")) << Dump(d);
}

// "holds the Cuban presidency": the office the noun names.
TEST(Relations, HoldingThePresidencyIsTheOfficeOfPresident) {
  auto d = Extract("Miguel Díaz-Canel currently holds the Cuban presidency and leads the party.", "2025-06-01");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.object].name == "Cuba" && r.attributes.count("role")) {
      found = true;
      EXPECT_EQ(r.attributes.at("role"), "President") << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "a former construction minister, Goran Vesić": "former" before the words
// of a title and a comma dates the knowledge base's office, within its term.
TEST(Relations, FormerBeforeATitleAndACommaDatesTheOffice) {
  auto d = Extract("Prosecutors charged a former construction minister, Goran Vesić, over the collapse.", "2024-06-01");
  bool found = false;
  for (const auto& r : d.relations)
    if (r.predicate == P::kHoldsPosition && d.entities[r.subject].name == "Goran Vesić") {
      found = true;
      EXPECT_TRUE(r.attributes.count("former")) << Dump(d);
    }
  EXPECT_TRUE(found) << Dump(d);
}

// "Secretary of Homeland Security Kristi Noem": a title of four words
// before a known name gives the knowledge base's office.
TEST(Relations, ALongTitleBeforeAKnownName) {
  auto d = Extract("Secretary of Homeland Security Kristi Noem visited the former American base at Manta.",
                   "2025-11-20");
  EXPECT_EQ(Related(d, "Kristi Noem", P::kHoldsPosition, "United States"), M::kAsserted) << Dump(d);
}

// "Mohamed Bazoum, the president overthrown in the coup": a bare title in
// an apposition to a name is that name's, not a holder named before.
TEST(Relations, ABareTitleInAnAppositionIsTheNamesOwn) {
  auto d = Extract("General Abdourahamane Tiani accused Orano of irresponsible behaviour. Mohamed Bazoum, the president "
                   "overthrown in the coup, has been detained for more than two years.",
                   "2025-10-01");
  for (const auto& e : d.entities) {
    if (e.name != "Abdourahamane Tiani") continue;
    for (const auto& m : e.mentions) EXPECT_EQ(m.sentence, 0u) << m.text << "\n" << Dump(d);
  }
}

// "took office" names no title: the knowledge base's office on the date.
// (A dateline opens the sentence but acts in no clause of it.)
TEST(Relations, TakingOfficeGivesTheKnownOffice) {
  Document d = Extract(
      "SEOUL — Lee Jae-myung took office on 4 June 2025, six months after his predecessor Yoon Suk Yeol declared "
      "martial law and was later removed from office by the Constitutional Court.",
      "2025-11-20");
  EXPECT_TRUE(Related(d, "Lee Jae-myung", Predicate::kHoldsPosition, "South Korea")) << Dump(d);
}

// When it happened: a date phrase after the match or opening the sentence,
// resolved against the article's date; an event's date after its place.
TEST(Relations, DatesFromTheSentence) {
  Document d = Extract("On March 3, Ukraine struck a refinery in Ryazan. Erdogan met Putin in Sochi on September 4. "
                       "Elections in Georgia in October 2024 were disputed. In January, the United States "
                       "sanctioned Gazprom Neft.",
                       "2025-10-30");
  auto date_of = [&](const std::string& s, Predicate p, const std::string& o) -> std::string {
    const Entity* se = FindEntity(d, s);
    const Entity* oe = FindEntity(d, o);
    for (const auto& r : d.relations)
      if (r.predicate == p && &d.entities[r.subject] == se && &d.entities[r.object] == oe)
        return r.attributes.count("date") ? r.attributes.at("date") : "none";
    return "no relation";
  };
  EXPECT_EQ(date_of("Ukraine", P::kAttacks, "Ryazan"), "2025-03-03") << Dump(d);
  EXPECT_EQ(date_of("Recep Tayyip Erdoğan", P::kMeets, "Vladimir Putin"), "2025-09-04") << Dump(d);
  EXPECT_EQ(date_of("United States", P::kSanctions, "Gazprom Neft"), "2025-01") << Dump(d);
  const Entity* elections = FindEntity(d, "Elections in Georgia");
  ASSERT_NE(elections, nullptr) << Dump(d);
  EXPECT_EQ(elections->attributes.at("date"), "2024-10");
}

// A state's name that modifies goods is no target of any sanction, while a
// demonym before them names one ("sanctions on Russian entities").
TEST(Relations, NameModifyingGoodsIsNoTarget) {
  Document d = Extract("The U.S. embargo on Iran stays. The embargo on U.S. trade and investment in Iran criminalizes "
                       "even small deals. Japan imposed new sanctions on Russian entities.");
  bool us_targeted = false, russia_targeted = false;
  for (const auto& r : d.relations) {
    us_targeted = us_targeted || (r.predicate == P::kTargets && d.entities[r.object].name == "United States");
    russia_targeted = russia_targeted || (r.predicate == P::kTargets && d.entities[r.object].name == "Russia");
  }
  EXPECT_FALSE(us_targeted) << Dump(d);
  EXPECT_TRUE(russia_targeted) << Dump(d);
}

}  // namespace
}  // namespace dossier::testing
