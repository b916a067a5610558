#include "rules/relation_rules.h"

#include <algorithm>
#include <set>
#include <thread>

namespace dossier {
namespace {

std::string One(const std::string& types) { return "\\[E\\d+\\|(?:" + types + ")\\]"; }

// "A and B", "A, B and C", "A, B, and C", "A (and B)", "A, along with B".
// Commas join a list only where a conjunction ends it ("Taiwan, China
// launched drills" is no list), and a comma before the "and" of two names
// starts a new clause ("congratulated Maduro, and Iran sent ...").
std::string ListOf(const std::string& one, bool people) {
  const std::string det = "(?:the |its |their |neighboring |neighbouring )?";
  // A person after the conjunction may carry a demonym and title of their
  // own: "Chinese President Xi Jinping and Russian President Vladimir
  // Putin", "Argentina's Javier Milei and Ecuador's Daniel Noboa"; a head
  // of state's or government's title alone: "President Félix Tshisekedi and
  // President Paul Kagame". (Only in lists of people: each such prefix
  // costs regex program size in every list slot.)
  // ("France and India instead of Russia": the words after a state name a
  // title only when a person follows them.)
  // ("sanctioned Petro, his wife Verónica Alcocer, his son Nicolás and his
  // interior minister, Armando Benedetti": or a relative or officer named
  // by the one before.)
  const std::string titled_one =
      people ? "(?:(?:\\[E\\d+\\|PER\\] 's|his|her) (?:[a-z]+ ){1,2}(?:, )?\\[E\\d+\\|PER\\]|"
               "\\[E\\d+\\|LOC\\] (?:'s (?:[a-z]+ ){0,3}(?:, )?|(?:[a-z]+ ){1,3})\\[E\\d+\\|PER\\]|"
               "(?:president|prime minister|chancellor|king|queen|emir|crown prince|premier) \\[E\\d+\\|PER\\]|" +
                   det + one + ")"
             : det + one;
  // "the United States and its allies", "Iran, America and five other
  // world powers": a list that ends in others named by a plural noun.
  static const std::string others =
      "(?:(?:its|their|his|her|the|other|several|many|some|few|[0-9]+|two|three|four|five|six|seven|eight|nine|"
      "ten|dozens|of|european|western|regional|arab|gulf|key|major|world|close|asian|african|like minded|nordic|baltic|"
      "allied|fellow) ){1,4}?"
      "(?:allies|partners|countries|states|powers|nations|members|governments|neighbours|neighbors|backers|others|"
      "signatories|donors|proxies|groups|organisations|organizations|gangs|cartels)";
  // Words are joined by single spaces: an optional comma is "(?: ,)?".
  // ("a member of the CSTO and of the EAEU", "spoke to Muttaqi and to
  // Ishaq Dar", "sanctions on Mindich and on Tsukerman": the preposition
  // repeated.)
  // ("Trump, Egyptian President el-Sisi, Qatari Emir Tamim and Turkish
  // President Erdogan signed": so may one after a comma, with a demonym;
  // "Trump, Sisi, Qatar's emir Tamim and ...": or a possessive.)
  // ("Chancellor Friedrich Merz, President Emmanuel Macron and Prime
  // Minister Keir Starmer spoke with Trump": or a head's title alone.)
  const std::string comma_one =
      people ? "(?:(?:\\[E\\d+\\|PER\\] 's|his|her) (?:[a-z]+ ){1,2}(?:, )?\\[E\\d+\\|PER\\]|"
               "(?:the )?\\[E\\d+\\|LOC\\] (?:'s )?(?:[a-z]+ ){0,3}\\[E\\d+\\|PER\\]|"
               "(?:president|prime minister|chancellor|king|queen|emir|crown prince|premier) \\[E\\d+\\|PER\\]|" +
                   det + one + ")"
             : det + one;
  // ("Tren de Aragua of Venezuela and MS-13 of El Salvador": an item may
  // say where it is from; the place is no item.)
  static const std::string from = "(?: of \\[E\\d+\\|LOC\\])?";
  return one + from + "(?:(?:(?: , " + comma_one + from + ")+(?: ,)?)?(?: and| or| as well as| and of| and to| and with| and on| and against) (?:" +
         titled_one + "|" + others + ")" + from + "|(?:(?: and| or| as well as|(?: ,)? along with|(?: ,)? plus| \\( and| \\() " +
         titled_one + ")+)?";
}

const std::map<std::string, std::string>& SlotTypes() {
  static const std::map<std::string, std::string> m = {
      {"PER", "PER"}, {"ORG", "ORG"}, {"LOC", "LOC"}, {"EVT", "EVT"}, {"SAN", "SAN"},
      {"ACTOR", "PER|ORG|LOC"}, {"ANY", "PER|ORG|LOC|EVT|SAN"}};
  return m;
}

std::string EscapeForRegex(const std::string& phrase) {
  std::string out;
  for (char c : phrase) {
    if (std::string_view("\\.+*?()|[]{}^$").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A regex for one word of the masked text (no spaces, no placeholder
// brackets) that is none of `words`; RE2 has no lookahead, so the
// exclusion is spelled out letter by letter.
std::string WordExcept(const std::vector<std::string>& words, bool top) {
  std::set<char> next;
  bool ends_here = false;
  for (const auto& w : words) {
    if (w.empty()) ends_here = true;
    else next.insert(w[0]);
  }
  std::string others = "[^";
  for (char c : next) others += (std::string_view("\\^]-[").find(c) != std::string_view::npos ? "\\" : "") + std::string(1, c);
  others += "\\[\\] ][^\\[\\] ]*";
  std::string out = "(?:" + others;
  for (char c : next) {
    std::vector<std::string> rest;
    for (const auto& w : words)
      if (!w.empty() && w[0] == c) rest.push_back(w.substr(1));
    out += "|" + EscapeForRegex(std::string(1, c)) + WordExcept(rest, false);
  }
  if (!top && !ends_here) out += "|";  // the word may end here: it is a prefix, not an excluded word
  return out + ")";
}

// A word a {GAP} may cross: not "and" or "but" (a second verb phrase has
// its own subject), nor ";" or ":" (a new clause; the masked text writes
// ", where" as "; where": the place before it meets no one). Each word
// excluded here costs program size eight times in every gap.
const std::string& GapWord() {
  static const std::string word = WordExcept({"and", "but", ";", ":"}, true);
  return word;
}

// Whether slot number `slot` (1-based, counting entity slots only) of a
// pattern as written is followed by " {GAP".
bool SlotFollowedByGap(const std::string& pattern, int slot) {
  int count = 0;
  for (size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', open + 1)) {
    size_t close = pattern.find('}', open);
    if (close == std::string::npos) return false;
    std::string name = pattern.substr(open + 1, close - open - 1);
    std::string base = name.size() > 1 && name.back() == 'S' ? name.substr(0, name.size() - 1) : name;
    if (!SlotTypes().count(name) && !SlotTypes().count(base)) continue;
    if (++count == slot) return pattern.compare(close + 1, 5, " {GAP") == 0;
  }
  return false;
}

}  // namespace

Result<std::string> ExpandSlots(const std::string& raw_pattern, const Lexicon& lexicon, int* slots) {
  // Words in the masked text are joined by single spaces, so an optional
  // comma written " ,? " must not demand two spaces when it is absent.
  std::string pattern;
  for (size_t i = 0; i < raw_pattern.size(); ++i) {
    if (raw_pattern.compare(i, 4, " ,? ") == 0) {
      pattern += "(?: ,)? ";
      i += 3;
    } else {
      pattern += raw_pattern[i];
    }
  }
  std::string out;
  int count = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    size_t close = pattern.find('}', i);
    if (close == std::string::npos) return Status::InvalidInput("unclosed '{' at column " + std::to_string(i + 1));
    std::string name = pattern.substr(i + 1, close - i - 1);
    if (!name.empty() && (isdigit(static_cast<unsigned char>(name[0])) || name[0] == ',')) {
      out += pattern.substr(i, close - i + 1);  // a regex repetition {2,3}
    } else if (name == "GAP") {
      out += "(?:" + GapWord() + " ){0,8}?";
    } else if (name == "GAPV") {
      // A subject-side gap before a verb that can also be a noun ("the
      // full support of"): as {GAP}, but its last word is no determiner,
      // possessive or preposition, nor a relative pronoun ("countries that
      // support X": the countries support it, not the sentence's subject),
      // nor "was" or "were" ("an Azerbaijani airliner was shot down over
      // Chechnya": a passive's subject is no doer), nor "any" or "no" ("said
      // that any supply of Tomahawks to Ukraine": a noun).
      static const std::string kLast = WordExcept({"and", "but", ";", ":", "that", "which", "who", "was", "were", "the", "a", "an", "his", "her", "its",
                                                   "their", "our", "my", "your", "'s", "of", "with", "for", "full", "any", "no",
                                                   "strong", "broad", "public", "popular", "military", "financial",
                                                   "political", "diplomatic", "tacit", "continued", "vocal",
                                                   // ("bought 1.5 million artillery shells for Ukraine": a
                                                   // noun's modifier, no subject, before "shells".)
                                                   "artillery", "million", "billion", "thousand", "mortar", "rocket",
                                                   "missile", "drone", "air",
                                                   // ("killed in two attacks near Tajikistan's border": a
                                                   // number or a kind before a noun in "-s".)
                                                   "two", "three", "four", "five", "several", "multiple", "repeated",
                                                   "recent", "deadly", "coordinated", "suicide", "terrorist",
                                                   // ("restored relations with China, after breaking with
                                                   // Taiwan": a gerund after "after" is the clause subject's,
                                                   // carried to it, not the name's before.)
                                                   "after", "before"},
                                                  true);
      out += "(?:(?:" + GapWord() + " ){0,7}?" + kLast + " )?";
    } else if (name == "GAPA") {
      // A gap before an active verb: as {GAP}, but its last word is no
      // passive auxiliary ("Evghenia Gutul was sentenced to seven years for
      // financing Shor's party": the subject is who is sentenced), nor a
      // determiner or possessive, before which the verb's form is an
      // adjective ("the PKK's jailed founder").
      static const std::string kLast = WordExcept({"and", "but", ";", ":", "was", "were", "been", "being", "is", "are",
                                                   "be", "'s", "the", "a", "an", "his", "her", "its", "their"},
                                                  true);
      out += "(?:(?:" + GapWord() + " ){0,7}?" + kLast + " )?";
    } else if (name == "GAPO") {
      // An object-side gap: up to 6 words, no mention, no new clause or
      // infinitive ("resist the temptation to assuage Iran" opposes no Iran),
      // no comma ("without American support, Indian buyers ..."), no
      // subordinate clause ("seized the city after the army withdrew").
      // ("stood with its ally against Chinese coercion": nor "against",
      // which turns the stance round.)
      static const std::string kWord =
          WordExcept({"and", "but", "to", "that", "which", "who", ";", ":", ",", "after", "before", "when", "while",
                      "because", "although", "though", "until", "unless", "whereas", "if", "against"},
                     true);
      // "struck nuclear and military sites across Iran": "and" between two
      // adjectives (by their endings) joins no clauses.
      static const std::string kAdjectiveAnd = "and [a-z]+(?:al|ic|ary|ive|ous|ian|ese|ish|ern|ile|ar) ";
      out += "(?:" + kWord + " |" + kAdjectiveAnd + "){0,6}?";
    } else if (name == "GAPT") {
      // A target-side gap: as {GAP}, but no relative pronoun ("tariffs on
      // countries that buy oil from Iran": the countries are the target).
      static const std::string kWord = WordExcept({"and", "but", ";", ":", "that", "which", "who"}, true);
      out += "(?:" + kWord + " ){0,8}?";
    } else if (name.rfind("GAP-L:", 0) == 0) {
      // As {GAP}, but crossing no comma and no one-word phrase of a lexicon
      // list: "the agreement follows months of clashes at the shoal" places
      // the clashes, not the agreement ({GAP-L:event_war}); "the winner of
      // the 2024 election, lives in exile in Madrid" places the winner.
      std::string list = name.substr(6);
      if (!lexicon.HasList(list)) return Status::InvalidInput("unknown lexicon list {GAP-L:" + list + "}");
      std::vector<std::string> excluded = {"and", "but", ";", ":", ","};
      for (const auto& p : lexicon.Phrases(list))
        if (p.find(' ') == std::string::npos) excluded.push_back(p);
      out += "(?:" + WordExcept(excluded, true) + " ){0,8}?";
    } else if (name == "GAPX") {
      // Any words but a clause break (";" in the masked text).
      out += "(?:[^;\\s]\\S* ){0,16}?";
    } else if (name == "GAPR") {
      // What leads up to a role word in an apposition: as {GAPX}, but a
      // comma may not open a new clause (", and President Y hosted them at
      // the White House": that role is not the apposition's).
      // ("Mohammad Bagheri, and the head of the Revolutionary Guards": no
      // apposition opens with "and" either.)
      static const std::string kAfterComma = ", (?:" + WordExcept({"and", "but", ";"}, true) + "|" + One("PER|LOC|ORG|EVT|SAN") + ")";
      static const std::string kFirst = WordExcept({"and", "or", "but", ",", ";"}, true);
      out += "(?:(?:" + kFirst + "|" + One("PER|LOC|ORG|EVT|SAN") + "|" + kAfterComma + ") (?:(?:[^,;\\s]\\S*|" +
             kAfterComma + ") ){0,15}?)?";
    } else if (name == "DESC") {
      // What may stand between a preposition and a name: a place compound
      // and a few lower-case words ("at Dubai-based energy consultancy").
      // ("the first head of state to visit the White House": an infinitive
      // is no descriptor; "the speaker of parliament and Hezbollah's closest
      // ally": nor is a conjunction, after which another phrase begins.)
      static const std::string kDescriptor =
          "(?:[c-npqrsu-z][a-z]*|a|a[a-mo-z][a-z]*|an|an[a-ce-z][a-z]*|and[a-z]+|b|b[a-tv-z][a-z]*|bu|bu[a-su-z][a-z]*|"
          "but[a-z]+|o|o[a-qs-z][a-z]*|or[a-z]+|t|t[a-np-z][a-z]*|to[a-z]+)";
      // ("the commander of the Kurdish-led Syrian Democratic Forces": or a
      // compound of two lower-case words.)
      out += "(?:(?:\\[E\\d+\\|LOC\\]|[a-z]+) - [a-z]+ )?(?:" + kDescriptor + " ){0,3}?";
    } else if (name.rfind("L:", 0) == 0) {
      std::string list = name.substr(2);
      if (!lexicon.HasList(list)) return Status::InvalidInput("unknown lexicon list {L:" + list + "}");
      std::string alt;
      for (const auto& p : lexicon.Phrases(list)) alt += (alt.empty() ? "" : "|") + EscapeForRegex(p);
      out += "(?:" + alt + ")";
    } else if (name.size() > 1 && name[0] == '?' && SlotTypes().count(name.substr(1))) {
      out += "(?:" + One(SlotTypes().at(name.substr(1))) + ")";  // stepped over, not a slot
    } else {
      bool plural = name.size() > 1 && name.back() == 'S' && SlotTypes().count(name.substr(0, name.size() - 1));
      std::string base = plural ? name.substr(0, name.size() - 1) : name;
      auto it = SlotTypes().find(base);
      if (it == SlotTypes().end()) return Status::InvalidInput("unknown slot {" + name + "}");
      std::string one = One(it->second);
      // "belongs to both the CSTO and the EAEU": "both" only announces a
      // list (outside the slot's group, which must open with "(\[E").
      if (plural) out += "(?:both (?:the )?)?";
      out += "(" + (plural ? ListOf(one, it->second.find("PER") != std::string::npos) : one) + ")";
      ++count;
    }
    i = close;
  }
  if (slots) *slots = count;
  return out;
}

namespace {

RE2::Options RuleOptions(const std::string& expanded) {
  RE2::Options opts;
  opts.set_log_errors(false);
  // Gaps and long alternations make big DFAs; a DFA that runs out of
  // memory falls back to the much slower NFA.
  opts.set_max_mem(64 << 20);
  // A pattern of ASCII only is compiled over bytes: a negated class such as
  // a gap's word is then one byte range instead of every UTF-8 sequence,
  // which halves the program (and the work of every match). Text beyond
  // ASCII is still crossed byte by byte, and ASCII literals match alike.
  bool ascii = std::all_of(expanded.begin(), expanded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) opts.set_encoding(RE2::Options::EncodingLatin1);
  return opts;
}

std::string RulePlace(const RelationRule& rule) {
  return rule.file + ":" + std::to_string(rule.line) + ": rule \"" + rule.id + "\": ";
}

}  // namespace

Status RelationRuleSet::Add(RelationRule rule, const Lexicon& lexicon) {
  if (compiled_) return Status::Internal(RulePlace(rule) + "added after the rule set was compiled");
  std::string where = RulePlace(rule);
  int slots = 0;
  auto expanded = ExpandSlots(rule.pattern, lexicon, &slots);
  if (!expanded.ok()) return Status::InvalidInput(where + expanded.status().message());
  // Slots are the only plain capturing groups we add; user groups are made
  // non-capturing by convention, so map slot numbers to group numbers by
  // scanning for our "(\[E" openings.
  rule.expanded = *expanded;
  std::vector<int> slot_groups;
  int group = 0;
  for (size_t i = 0; i < rule.expanded.size(); ++i) {
    if (rule.expanded[i] == '\\') { ++i; continue; }
    if (rule.expanded[i] != '(') continue;
    bool capturing = i + 1 >= rule.expanded.size() || rule.expanded[i + 1] != '?' ||
                     rule.expanded.compare(i + 1, 3, "?P<") == 0;
    if (!capturing) continue;
    ++group;
    if (rule.expanded.compare(i, 4, "(\\[E") == 0) slot_groups.push_back(group);
  }
  if (rule.subject_group < 1 || rule.subject_group > slots || rule.object_group < 1 ||
      rule.object_group > slots || rule.subject_group == rule.object_group)
    return Status::InvalidInput(where + "subject and object must name two different slots of the " +
                                std::to_string(slots) + " in the pattern");
  // A user's group that opens like a slot would shift the numbering.
  if (slot_groups.size() != static_cast<size_t>(slots))
    return Status::InvalidInput(where + "a group of the pattern opens like a slot \"(\\[E\"; write it as (?:...)");
  rule.subject_before_gap = SlotFollowedByGap(rule.pattern, rule.subject_group);
  rule.subject_group = slot_groups[rule.subject_group - 1];
  rule.object_group = slot_groups[rule.object_group - 1];
  rules_.push_back(std::move(rule));
  return Status::Ok();
}

// Compiles the rules of one shard into its FilteredRE2 and gives back its
// atoms; the error of each rule that fails goes to (*errors)[rule index].
void RelationRuleSet::CompileShard(size_t shard, std::vector<std::string>* atoms, std::vector<Status>* errors) {
  Shard& sh = shards_[shard];
  int added = 0;
  for (size_t i = shard; i < rules_.size(); i += kShards) {
    RelationRule& rule = rules_[i];
    RE2::Options opts = RuleOptions(rule.expanded);
    int id = -1;
    if (sh.filter->Add(rule.expanded, opts, &id) != RE2::NoError) {
      // FilteredRE2 gives only a code: compile once more, only now, for the text.
      RE2 check(rule.expanded, opts);
      (*errors)[i] = Status::InvalidInput(RulePlace(rule) + "bad regex \"" + rule.pattern + "\": " +
                                          (check.ok() ? "rejected by the prefilter" : check.error()));
      continue;
    }
    if (id != added++) {
      (*errors)[i] = Status::Internal(RulePlace(rule) + "could not add the pattern to the prefilter");
      continue;
    }
  }
  if (added) sh.filter->Compile(atoms);
}

Status RelationRuleSet::Finish() {
  if (compiled_) return Status::Ok();
  compiled_ = true;
  if (rules_.empty()) return Status::Ok();
  std::vector<Status> errors(rules_.size());
  std::vector<std::string> shard_atoms[kShards];
  {
    // Compiling a regex allocates and computes only; each shard touches
    // its own FilteredRE2 and its own rules.
    std::vector<std::thread> workers;
    for (size_t k = 1; k < kShards; ++k)
      workers.emplace_back([this, k, &shard_atoms, &errors] { CompileShard(k, &shard_atoms[k], &errors); });
    CompileShard(0, &shard_atoms[0], &errors);
    for (auto& w : workers) w.join();
  }
  for (const Status& st : errors)
    if (!st.ok()) return st;
  for (size_t i = 0; i < rules_.size(); ++i) by_id_.emplace(rules_[i].id, i);
  for (size_t i = 0; i < rules_.size(); ++i) {
    RelationRule& rule = rules_[i];
    rule.regex = &shards_[i % kShards].filter->GetRE2(static_cast<int>(i / kShards));
    auto named = rule.regex->NamedCapturingGroups();
    if (named.count("role")) rule.role_group = named.at("role");
    if (named.count("former")) rule.former_group = named.at("former");
  }
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(64 << 20);
  atoms_ = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  size_t total = 0;
  for (size_t k = 0; k < kShards; ++k) {
    shards_[k].first_atom = total;
    shards_[k].atom_count = shard_atoms[k].size();
    total += shard_atoms[k].size();
    for (const auto& a : shard_atoms[k]) {
      std::string error;
      if (atoms_->Add(RE2::QuoteMeta(a), &error) < 0) return Status::Internal("relation rules: atom \"" + a + "\": " + error);
    }
  }
  if (total && !atoms_->Compile()) return Status::InvalidInput("relation rules: the prefilter is too large to compile");
  if (!total) atoms_.reset();
  return Status::Ok();
}

const RelationRule* RelationRuleSet::Find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &rules_[it->second];
}

std::vector<int> RelationRuleSet::Candidates(const std::string& masked) const {
  std::vector<int> hits;
  if (!compiled_ || rules_.empty()) return hits;
  std::vector<int> matched_atoms;
  if (atoms_) {
    std::string lower = masked;
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    atoms_->Match(lower, &matched_atoms);
  }
  std::sort(matched_atoms.begin(), matched_atoms.end());
  std::vector<int> shard_matched, shard_hits;
  for (size_t k = 0; k < kShards; ++k) {
    const Shard& sh = shards_[k];
    if (k >= rules_.size()) break;  // an empty shard never compiled
    shard_matched.clear();
    for (int a : matched_atoms)
      if (static_cast<size_t>(a) >= sh.first_atom && static_cast<size_t>(a) < sh.first_atom + sh.atom_count)
        shard_matched.push_back(a - static_cast<int>(sh.first_atom));
    shard_hits.clear();
    sh.filter->AllPotentials(shard_matched, &shard_hits);
    for (int local : shard_hits) hits.push_back(local * static_cast<int>(kShards) + static_cast<int>(k));
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

}  // namespace dossier
