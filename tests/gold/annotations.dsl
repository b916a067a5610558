DOC 01_central-asia-water-diplomacy 2024-06-10
E kz LOCATION Kazakhstan | Kazakhstan; Astana; Kazakh; Kazakhstani
E uz LOCATION Uzbekistan | Uzbekistan; Tashkent; Uzbek
E kg LOCATION Kyrgyzstan | Kyrgyzstan; Bishkek; Kyrgyz
E ca LOCATION Central Asia | Central Asia; Central Asian
E tokayev PERSON Kassym-Jomart Tokayev | Tokayev; Kassym-Jomart Tokayev
E mirziyoyev PERSON Shavkat Mirziyoyev | Mirziyoyev; Shavkat Mirziyoyev
E sco ORGANIZATION Shanghai Cooperation Organization | SCO
E csto ORGANIZATION Collective Security Treaty Organization | CSTO
E eaeu ORGANIZATION Eurasian Economic Union | EAEU
E wb ORGANIZATION World Bank | World Bank
E ua LOCATION Ukraine | Ukraine; Ukrainian
E crimea LOCATION Crimea | Crimea
E donbas LOCATION Donbas | Donbas
E spb LOCATION St. Petersburg | St. Petersburg; Saint Petersburg
E almaty LOCATION Almaty | Almaty
E syr LOCATION Syr Darya | Syr Darya
E ospanova PERSON Dana Ospanova | Ospanova
E spi ORGANIZATION Steppe Policy Institute | Steppe Policy Institute
E war EVENT war in Ukraine | war in Ukraine | keys: war
E annex EVENT annexation of Crimea | annexation of Crimea | keys: annexation
E? treaty EVENT allied relations treaty | allied relations treaty | keys: treaty
E? kambarata LOCATION Kambarata-1 | Kambarata-1
R kz BORDERS uz asserted | Kazakhstan shares a long border with Uzbekistan
R tokayev MEETS mirziyoyev asserted | President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev
R tokayev HOLDS_POSITION kz asserted | President Kassym-Jomart Tokayev
R mirziyoyev HOLDS_POSITION uz asserted | Uzbek President Shavkat Mirziyoyev
R kz COOPERATES_WITH uz asserted | Astana has since deepened cooperation with Tashkent
R kz MEMBER_OF csto asserted | Kazakhstan is also a member of the Collective Security Treaty Organization
R? kz MEMBER_OF sco asserted | Both states are members of the Shanghai Cooperation Organization
R? uz MEMBER_OF sco asserted | Both states are members of the Shanghai Cooperation Organization
R uz MEMBER_OF eaeu negated | Uzbekistan did not join the Eurasian Economic Union
R? uz MEMBER_OF csto negated | Uzbekistan left the bloc in 2012
R uz OPPOSES annex asserted | Tashkent has not recognized the annexation of Crimea
R kz OPPOSES war asserted | Kazakhstan, for its part, does not support the war in Ukraine
R? war LOCATED_IN ua asserted | the war in Ukraine
R? annex LOCATED_IN crimea asserted | the annexation of Crimea
R? kg MEMBER_OF csto hypothetical | Kyrgyzstan could join a regional water consortium
R ospanova WORKS_FOR spi asserted | Dana Ospanova is a research fellow at the Steppe Policy Institute
R spi LOCATED_IN almaty asserted | the Steppe Policy Institute in Almaty
DOC 02_eu-fourteenth-sanctions-package 2024-06-28
E eu ORGANIZATION European Union | European Union; EU; Brussels
E ec ORGANIZATION European Commission | European Commission
E vdl PERSON Ursula von der Leyen | von der Leyen
E ru LOCATION Russia | Russia; Russian; Moscow
E pkg SANCTION fourteenth package of sanctions against Russia | sanctions against Russia; package; fourteenth package; sanctions | keys: sanctions / package
E cap SANCTION G7 price cap | price cap; G7 price cap | keys: cap
E? ussanc SANCTION United States' sanctions | United States' sanctions; own sanctions
E g7 ORGANIZATION G7 | G7
E hu LOCATION Hungary | Hungary; Budapest
E orban PERSON Viktor Orbán | Orbán; Viktor Orban
E de LOCATION Germany | Germany; German
E us LOCATION United States | United States; Washington; U.S.
E cn LOCATION China | China; Chinese; Beijing
E ua LOCATION Ukraine | Ukraine; Kyiv
E zelensky PERSON Volodymyr Zelensky | Zelensky
E be LOCATION Belgium | Belgium
E euroclear ORGANIZATION Euroclear | Euroclear
E? europe LOCATION Europe | Europe; European
E halvorsen PERSON Marek Halvorsen | Halvorsen
E nso ORGANIZATION Nordic Sanctions Observatory | Nordic Sanctions Observatory
E oslo LOCATION Oslo | Oslo
R eu SANCTIONS ru asserted | The European Union adopted its fourteenth package of sanctions against Russia
R pkg ENACTED_BY eu asserted | The European Union adopted its fourteenth package of sanctions
R pkg TARGETS ru asserted | sanctions against Russia
R? ec FOUNDED pkg asserted | The package was proposed by the European Commission
R vdl HOLDS_POSITION ec asserted | its president, Ursula von der Leyen
R? vdl PRAISES eu asserted | praised member states for closing loopholes
R? cap ENACTED_BY g7 asserted | the G7 price cap
R? cap TARGETS ru asserted | Russian oil above the G7 price cap
R? hu OPPOSES pkg asserted | Hungary opposed several provisions until the last moment
R orban HOLDS_POSITION hu asserted | Prime Minister Viktor Orbán
R orban CRITICIZES pkg asserted | Orbán criticized the sanctions as self-defeating
R? hu OPPOSES eu proposed | Budapest has repeatedly threatened to veto new packages
R us SANCTIONS ru asserted | The United States imposed its own sanctions on hundreds of Russian entities
R? ussanc ENACTED_BY us asserted | The United States imposed its own sanctions
R? ussanc TARGETS ru asserted | its own sanctions on hundreds of Russian entities
R? eu SANCTIONS cn proposed | the EU should sanction Chinese firms that supply Russia
R? cn AIDS ru asserted | Chinese firms that supply Russia with machine tools
R? cn SANCTIONS eu hypothetical | Beijing would retaliate against European exporters
R? ua SUPPORTS pkg asserted | Ukraine welcomed the decision
R zelensky HOLDS_POSITION ua asserted | President Volodymyr Zelensky
R zelensky PRAISES ec asserted | President Volodymyr Zelensky thanked the European Commission
R? ua SANCTIONS ru proposed | Kyiv wants the EU to confiscate frozen Russian central bank assets
R? be OPPOSES ua asserted | Belgium ... has resisted
R? euroclear LOCATED_IN be asserted | Belgium, where most of the assets are held by Euroclear
R halvorsen WORKS_FOR nso asserted | Marek Halvorsen is a senior analyst at the Nordic Sanctions Observatory
R nso LOCATED_IN oslo asserted | the Nordic Sanctions Observatory in Oslo
DOC 03_beijing-brokered-gulf-detente 2023-04-15
E sa LOCATION Saudi Arabia | Saudi Arabia; Riyadh; Saudi
E ir LOCATION Iran | Iran; Iranian; Tehran
E cn LOCATION China | China; Chinese; Beijing
E wangyi PERSON Wang Yi | Wang Yi
E shamkhani PERSON Ali Shamkhani | Shamkhani
E aiban PERSON Musaed Al-Aiban | Al-Aiban
E snsc ORGANIZATION Supreme National Security Council | Supreme National Security Council
E ye LOCATION Yemen | Yemen
E houthis ORGANIZATION Houthis | Houthis; Houthi
E xi PERSON Xi Jinping | Xi Jinping; Xi
E us LOCATION United States | United States; Washington; U.S.
E wh ORGANIZATION White House | White House
E treasury ORGANIZATION U.S. Department of the Treasury | U.S. Treasury; Treasury
E haddad PERSON Leila Haddad | Haddad
E gff ORGANIZATION Gulf Futures Forum | Gulf Futures Forum
E amman LOCATION Amman | Amman
E talks EVENT Saudi-Iranian talks in Beijing | talks; talks between Ali Shamkhani | keys: talks
E yemenwar EVENT war in Yemen | war in Yemen | keys: war
E? deal EVENT Saudi-Iranian agreement | agreement; deal | keys: agreement / deal
E? nucdeal EVENT Iran nuclear deal | nuclear deal | keys: nuclear
E? sanc SANCTION sanctions on Iran | sanctions | keys: sanctions
E? gulf LOCATION Gulf | Gulf; the Gulf
R sa COOPERATES_WITH ir asserted | Saudi Arabia and Iran agreed to restore diplomatic relations
R wangyi PARTICIPATES_IN talks asserted | Wang Yi hosted talks between Ali Shamkhani ... and ... Musaed Al-Aiban
R? shamkhani PARTICIPATES_IN talks asserted | talks between Ali Shamkhani
R? aiban PARTICIPATES_IN talks asserted | and Saudi national security adviser Musaed Al-Aiban
R shamkhani MEETS aiban asserted | talks between Ali Shamkhani ... and Saudi national security adviser Musaed Al-Aiban
R talks LOCATED_IN cn asserted | announced in Beijing
R wangyi HOLDS_POSITION cn asserted | China's top diplomat Wang Yi
R shamkhani HOLDS_POSITION snsc asserted | the secretary of Iran's Supreme National Security Council
R aiban HOLDS_POSITION sa asserted | Saudi national security adviser Musaed Al-Aiban
R ir AIDS houthis asserted | Iran has supplied weapons to the Houthis
R sa ATTACKS houthis asserted | a Saudi-led coalition has bombed Houthi positions
R? yemenwar LOCATED_IN ye asserted | the war in Yemen
R? wh OPPOSES yemenwar asserted | the White House said it supports any effort to end the war in Yemen
R xi MEETS sa asserted | President Xi Jinping visited Riyadh
R xi HOLDS_POSITION cn asserted | President Xi Jinping
R? us SUPPORTS deal asserted | The United States welcomed the deal cautiously
R treasury SANCTIONS ir asserted | The U.S. Treasury continues to sanction Iranian oil networks
R? sanc TARGETS ir asserted | Iran remains under the sanctions
R haddad WORKS_FOR gff asserted | Leila Haddad is a fellow at the Gulf Futures Forum
R gff LOCATED_IN amman asserted | the Gulf Futures Forum in Amman
DOC 04_pyongyang-moscow-axis 2024-04-10
E kim PERSON Kim Jong Un | Kim Jong Un; Kim Jong-un
E putin PERSON Vladimir Putin | Putin
E ru LOCATION Russia | Russia; Russian; Moscow
E kp LOCATION North Korea | North Korea; North Korean; Pyongyang; DPRK
E kr LOCATION South Korea | South Korea; South Korean; Seoul
E us LOCATION United States | United States; Washington
E unsc ORGANIZATION UN Security Council | Security Council; United Nations Security Council
E un ORGANIZATION United Nations | UN; United Nations
E jp LOCATION Japan | Japan
E cn LOCATION China | China; Beijing
E yojong PERSON Kim Yo Jong | Kim Yo Jong
E wpk ORGANIZATION Workers' Party of Korea | Workers' Party of Korea; WPK
E yoon PERSON Yoon Suk Yeol | Yoon
E vostochny LOCATION Vostochny Cosmodrome | Vostochny Cosmodrome; Vostochny
E baek PERSON Jun-ho Baek | Baek
E hrsi ORGANIZATION Han River Security Institute | Han River Security Institute
E r1718 SANCTION 1718 sanctions regime | 1718 sanctions regime; Resolution 1718 | keys: 1718
E jpsanc SANCTION Japanese sanctions on North Korean entities | new sanctions | keys: sanctions
E summit EVENT Kim-Putin summit at Vostochny | summit; September 13 summit | keys: summit
E? summit2 EVENT second summit | second summit | keys: second
E? fareast LOCATION Russia's Far East | Far East
R kim MEETS putin asserted | met Russian President Vladimir Putin at the Vostochny Cosmodrome
R putin HOLDS_POSITION ru asserted | Russian President Vladimir Putin
R? summit LOCATED_IN vostochny asserted | at the Vostochny Cosmodrome on September 13
R? kim PARTICIPATES_IN summit asserted | The summit sealed a partnership
R kp AIDS ru asserted | North Korea has since supplied Russia with artillery shells and ballistic missiles
R? kp COOPERATES_WITH ru asserted | a partnership that both leaders had avoided for years
R r1718 TARGETS kp asserted | The 1718 sanctions regime targets North Korea's weapons programmes
R? r1718 ENACTED_BY unsc asserted | the United Nations Security Council resolutions
R ru MEMBER_OF unsc asserted | Russia, a permanent member of the Security Council
R ru OPPOSES r1718 asserted | Russia ... now openly flouts it
R? us CRITICIZES ru asserted | Washington and Seoul condemned the arms deals
R? kr CRITICIZES ru asserted | Washington and Seoul condemned the arms deals
R jp SANCTIONS kp asserted | Japan imposed new sanctions on North Korean entities
R jpsanc ENACTED_BY jp asserted | Japan imposed new sanctions
R jpsanc TARGETS kp asserted | new sanctions on North Korean entities
R? ru OPPOSES un asserted | Russia vetoed the renewal of the UN panel of experts
R yojong FAMILY_OF kim asserted | Kim Yo Jong, Kim Jong Un's sister
R yojong WORKS_FOR wpk asserted | a senior official of the Workers' Party of Korea
R? yojong CRITICIZES kr asserted | dismissed the criticism from Seoul
R yoon HOLDS_POSITION kr asserted | South Korean President Yoon Suk Yeol
R? yoon MEETS cn asserted | Yoon Suk Yeol urged China to restrain its neighbour
R cn CRITICIZES kp negated | Beijing has not condemned Pyongyang
R ru AIDS kp hypothetical | Russia could share submarine technology with North Korea
R? summit2 LOCATED_IN kp hypothetical | a second summit may follow in Pyongyang
R baek WORKS_FOR hrsi asserted | Jun-ho Baek is a visiting scholar at the Han River Security Institute
R hrsi LOCATED_IN kr asserted | the Han River Security Institute in Seoul
DOC 05_sahel-juntas-turn-east 2024-03-05
E ne LOCATION Niger | Niger; Niamey
E sahel LOCATION Sahel | Sahel; the Sahel
E coup EVENT coup in Niger | coup in Niger; coup | keys: coup
E tiani PERSON Abdourahamane Tiani | Tiani
E bazoum PERSON Mohamed Bazoum | Bazoum
E ecowas ORGANIZATION Economic Community of West African States | ECOWAS
E sanc SANCTION ECOWAS sanctions on Niger | sanctions on Niger; sanctions | keys: sanctions
E fr LOCATION France | France
E ml LOCATION Mali | Mali; Malian; Bamako
E bf LOCATION Burkina Faso | Burkina Faso
E aes ORGANIZATION Alliance of Sahel States | Alliance of Sahel States; AES
E ru LOCATION Russia | Russia; Russian; Moscow
E wagner ORGANIZATION Wagner Group | Wagner; Wagner Group
E africacorps ORGANIZATION Africa Corps | Africa Corps
E prigozhin PERSON Yevgeny Prigozhin | Prigozhin
E mod ORGANIZATION Russian Ministry of Defence | Ministry of Defence; Russian Ministry of Defence
E goita PERSON Assimi Goïta | Goïta; Assimi Goita
E us LOCATION United States | United States; U.S.
E treasury ORGANIZATION U.S. Department of the Treasury | U.S. Treasury
E sow PERSON Aminata Sow | Sow
E sgl ORGANIZATION Sahel Governance Lab | Sahel Governance Lab
E dakar LOCATION Dakar | Dakar
E? kidal LOCATION Kidal | Kidal
E? offensive EVENT offensive on Kidal | offensive | keys: offensive
E? intervention EVENT ECOWAS military intervention | intervention | keys: intervention
E? deployment EVENT Wagner deployment | deployment | keys: deployment
R coup LOCATED_IN ne asserted | The coup in Niger on July 26, 2023
R tiani DETAINS bazoum asserted | General Abdourahamane Tiani detained President Mohamed Bazoum
R bazoum HOLDS_POSITION ne asserted | President Mohamed Bazoum
R? tiani PARTICIPATES_IN coup asserted | General Abdourahamane Tiani detained President Mohamed Bazoum
R ecowas SANCTIONS ne asserted | The Economic Community of West African States imposed sanctions on Niger
R sanc ENACTED_BY ecowas asserted | imposed sanctions on Niger
R sanc TARGETS ne asserted | sanctions on Niger
R ecowas ATTACKS ne proposed | ECOWAS threatened a military intervention
R fr CRITICIZES coup asserted | France condemned the coup
R ml FOUNDED aes asserted | Mali, Burkina Faso and Niger founded the Alliance of Sahel States
R bf FOUNDED aes asserted | Mali, Burkina Faso and Niger founded the Alliance of Sahel States
R ne FOUNDED aes asserted | Mali, Burkina Faso and Niger founded the Alliance of Sahel States
R? ml MEMBER_OF aes asserted | the three juntas
R? ml MEMBER_OF ecowas negated | announced that they would leave ECOWAS
R? ml CRITICIZES ecowas asserted | accusing the bloc of serving foreign interests
R wagner AIDS ml asserted | The Wagner Group has fought alongside the Malian army since 2021
R? wagner PARTICIPATES_IN offensive asserted | its fighters took part in the offensive on Kidal
R? offensive LOCATED_IN kidal asserted | the offensive on Kidal
R? mod FOUNDED africacorps asserted | brought the network under its own Africa Corps
R goita HOLDS_POSITION ml asserted | Mali's transitional president, Colonel Assimi Goïta
R goita PRAISES ru asserted | Assimi Goïta, praised Moscow for its military aid
R? ru AIDS ml asserted | its military aid
R us SANCTIONS ml negated | The United States has not sanctioned the junta in Bamako directly
R treasury SANCTIONS ml asserted | the U.S. Treasury sanctioned Malian officials
R sow WORKS_FOR sgl asserted | Aminata Sow is a researcher at the Sahel Governance Lab
R sgl LOCATED_IN dakar asserted | the Sahel Governance Lab in Dakar
DOC 06_venezuela-after-the-vote 2024-09-15
E ve LOCATION Venezuela | Venezuela; Venezuelan; Caracas
E election EVENT Venezuelan presidential election of July 28, 2024 | presidential election; election; vote | keys: election / vote
E barbados EVENT Barbados agreement | Barbados agreement; Barbados deal | keys: barbados
E maduro PERSON Nicolás Maduro | Maduro; Nicolas Maduro
E cne ORGANIZATION National Electoral Council | National Electoral Council
E gonzalez PERSON Edmundo González Urrutia | González; Edmundo González; Edmundo Gonzalez Urrutia
E machado PERSON María Corina Machado | Machado
E us LOCATION United States | United States; Washington; U.S.
E blinken PERSON Antony Blinken | Blinken
E oilsanc SANCTION U.S. oil sanctions on Venezuela | oil sanctions; oil sanctions on Venezuela | keys: sanctions
E treasury ORGANIZATION U.S. Department of the Treasury | U.S. Treasury
E chevron ORGANIZATION Chevron | Chevron
E br LOCATION Brazil | Brazil
E co LOCATION Colombia | Colombia; Bogotá
E lula PERSON Luiz Inácio Lula da Silva | Lula; Luiz Inacio Lula da Silva
E petro PERSON Gustavo Petro | Petro
E es LOCATION Spain | Spain
E? bb LOCATION Barbados | Barbados
E montes PERSON Rafael Montes | Montes
E apc ORGANIZATION Andean Policy Centre | Andean Policy Centre
E? republicans ORGANIZATION Republican Party | Republican
R? maduro HOLDS_POSITION ve asserted | the government of Nicolás Maduro
R maduro PARTICIPATES_IN election asserted | proclaimed Maduro the winner
R gonzalez PARTICIPATES_IN election asserted | The opposition candidate, Edmundo González Urrutia
R? election LOCATED_IN ve asserted | Venezuela's presidential election
R cne SUPPORTS maduro asserted | the National Electoral Council proclaimed Maduro the winner
R? machado COOPERATES_WITH gonzalez asserted | Edmundo González Urrutia, and opposition leader María Corina Machado published tallies
R? ve DETAINS machado negated | Machado had been barred from running
R us SUPPORTS gonzalez asserted | The United States recognized González as the winner of the vote
R blinken HOLDS_POSITION us asserted | Secretary of State Antony Blinken
R blinken CRITICIZES cne asserted | Antony Blinken criticized the electoral council
R us SANCTIONS ve asserted | Washington had eased oil sanctions on Venezuela ... and restored them in April 2024
R oilsanc TARGETS ve asserted | oil sanctions on Venezuela
R oilsanc ENACTED_BY us asserted | Washington had eased oil sanctions on Venezuela
R? treasury SANCTIONS chevron proposed | want the U.S. Treasury to revoke the remaining licences that allow Chevron
R lula HOLDS_POSITION br asserted | President Luiz Inácio Lula da Silva
R petro HOLDS_POSITION co asserted | President Gustavo Petro
R? maduro OPPOSES lula asserted | proposed new elections, which Maduro rejected
R? ve DETAINS gonzalez proposed | a judge issued an arrest warrant for González
R montes WORKS_FOR apc asserted | Rafael Montes is a senior associate at the Andean Policy Centre
R apc LOCATED_IN co asserted | the Andean Policy Centre in Bogotá
DOC 07_karabakh-after-the-offensive 2023-11-20
E az LOCATION Azerbaijan | Azerbaijan; Azerbaijani; Baku
E am LOCATION Armenia | Armenia; Armenian; Armenians; Yerevan
E nk LOCATION Nagorno-Karabakh | Nagorno-Karabakh; Karabakh
E offensive EVENT Azerbaijani offensive in Nagorno-Karabakh | military offensive; offensive; operation | keys: offensive
E aliyev PERSON Ilham Aliyev | Aliyev
E mehriban PERSON Mehriban Aliyeva | Mehriban Aliyeva
E vardanyan PERSON Ruben Vardanyan | Vardanyan
E lachin LOCATION Lachin checkpoint | Lachin; Lachin checkpoint
E ru LOCATION Russia | Russia; Russian; Moscow
E pashinyan PERSON Nikol Pashinyan | Pashinyan
E csto ORGANIZATION Collective Security Treaty Organization | CSTO
E minsk LOCATION Minsk | Minsk
E eu ORGANIZATION European Union | European Union; EU
E fr LOCATION France | France
E tr LOCATION Turkey | Turkey
E us LOCATION United States | United States; Washington
E congress ORGANIZATION U.S. Congress | Congress
E grigoryan PERSON Anahit Grigoryan | Grigoryan
E cci ORGANIZATION Caucasus Crossroads Institute | Caucasus Crossroads Institute
E tbilisi LOCATION Tbilisi | Tbilisi
E? ceasefire EVENT ceasefire of November 2020 | ceasefire | keys: ceasefire
E? cstosummit EVENT CSTO summit in Minsk | summit | keys: summit
E? mission EVENT EU civilian monitoring mission | mission | keys: mission
E? treaty EVENT Armenia-Azerbaijan peace treaty | peace treaty | keys: treaty
R az ATTACKS nk asserted | Azerbaijan launched a military offensive in Nagorno-Karabakh
R az PARTICIPATES_IN offensive asserted | Azerbaijan launched a military offensive
R offensive LOCATED_IN nk asserted | a military offensive in Nagorno-Karabakh
R aliyev HOLDS_POSITION az asserted | President Ilham Aliyev
R mehriban FAMILY_OF aliyev asserted | His wife, First Vice-President Mehriban Aliyeva
R mehriban HOLDS_POSITION az asserted | First Vice-President Mehriban Aliyeva
R az DETAINS vardanyan asserted | Azerbaijani security forces detained Ruben Vardanyan
R? vardanyan LOCATED_IN lachin asserted | at the Lachin checkpoint
R? ru PARTICIPATES_IN ceasefire asserted | Russian peacekeepers, deployed under the ceasefire
R? ru AIDS am negated | Russian peacekeepers ... did not intervene
R pashinyan HOLDS_POSITION am asserted | Armenian Prime Minister Nikol Pashinyan
R pashinyan CRITICIZES ru asserted | Nikol Pashinyan criticized Moscow
R? am OPPOSES csto asserted
R? am OPPOSES cstosummit asserted | Yerevan boycotted the summit | Yerevan boycotted the summit of the Collective Security Treaty Organization
R? am MEMBER_OF csto asserted | Yerevan boycotted the summit of the Collective Security Treaty Organization
R? cstosummit LOCATED_IN minsk asserted | the summit ... in Minsk
R am BORDERS az asserted | Armenia borders Azerbaijan
R? eu PARTICIPATES_IN mission asserted | The European Union deployed a civilian monitoring mission
R? mission LOCATED_IN am asserted | on the Armenian side of the border
R fr AIDS am asserted | France agreed to sell air defence systems to Armenia
R tr SUPPORTS az asserted | Turkey supports Azerbaijan
R tr PRAISES az asserted | praised the Azerbaijani army
R? am COOPERATES_WITH az hypothetical | A peace treaty between Armenia and Azerbaijan may be signed
R us SANCTIONS az negated | Washington has not imposed sanctions on Azerbaijan
R? congress SANCTIONS az proposed | members of Congress proposed them
R grigoryan WORKS_FOR cci asserted | Anahit Grigoryan is a fellow at the Caucasus Crossroads Institute
R cci LOCATED_IN tbilisi asserted | the Caucasus Crossroads Institute in Tbilisi
DOC 08_georgia-foreign-agents-law 2024-06-12
E ge LOCATION Georgia | Georgia; Georgian; Tbilisi
E zourabichvili PERSON Salome Zourabichvili | Zourabichvili
E gd ORGANIZATION Georgian Dream | Georgian Dream
E ivanishvili PERSON Bidzina Ivanishvili | Ivanishvili
E kobakhidze PERSON Irakli Kobakhidze | Kobakhidze
E eu ORGANIZATION European Union | European Union; EU; Brussels
E ru LOCATION Russia | Russia; Russian; Moscow
E borrell PERSON Josep Borrell | Borrell
E us LOCATION United States | United States; Washington
E blinken PERSON Antony Blinken | Blinken
E congress ORGANIZATION U.S. Congress | Congress
E gma SANCTION Global Magnitsky Act | Global Magnitsky Act; Magnitsky | keys: magnitsky
E abkhazia LOCATION Abkhazia | Abkhazia
E sossetia LOCATION South Ossetia | South Ossetia
E war2008 EVENT 2008 Russo-Georgian war | 2008 war | keys: 2008
E elections EVENT Georgian parliamentary elections of October 2024 | parliamentary elections | keys: elections
E beridze PERSON Tamar Beridze | Beridze
E bsdn ORGANIZATION Black Sea Democracy Network | Black Sea Democracy Network
E batumi LOCATION Batumi | Batumi
E? parliament ORGANIZATION Parliament of Georgia | parliament
E? europe LOCATION Europe | European
E? protests EVENT protests in Tbilisi | protests | keys: protests
R zourabichvili HOLDS_POSITION ge asserted | President Salome Zourabichvili
R? zourabichvili OPPOSES gd asserted | overriding a veto by President Salome Zourabichvili
R ivanishvili FOUNDED gd asserted | Georgian Dream party, founded by the billionaire Bidzina Ivanishvili
R kobakhidze HOLDS_POSITION ge asserted | Prime Minister Irakli Kobakhidze
R? kobakhidze CRITICIZES eu asserted | accused Western-funded groups of plotting a revolution
R? eu CRITICIZES ge asserted | The European Union criticized the law
R? ge MEMBER_OF eu proposed | Georgia received EU candidate status
R borrell HOLDS_POSITION eu asserted | Josep Borrell, the EU's foreign policy chief
R? borrell CRITICIZES ge proposed | urged the government to withdraw it
R us SANCTIONS ge asserted | The United States announced visa restrictions on Georgian officials
R blinken HOLDS_POSITION us asserted | Secretary of State Antony Blinken
R us COOPERATES_WITH ge hypothetical | Washington would review its cooperation with Tbilisi
R congress SANCTIONS ivanishvili proposed | Some members of Congress want to sanction Ivanishvili personally
R? gma TARGETS ivanishvili proposed | under the Global Magnitsky Act
R? gma ENACTED_BY us asserted | the Global Magnitsky Act
R ru PRAISES ge asserted | Russia, by contrast, praised the Georgian government
R ge COOPERATES_WITH ru negated | Georgia does not have diplomatic relations with Moscow
R ru ATTACKS abkhazia asserted | which has occupied Abkhazia and South Ossetia
R ru ATTACKS sossetia asserted | which has occupied Abkhazia and South Ossetia
R? ru PARTICIPATES_IN war2008 asserted | since the 2008 war
R? elections LOCATED_IN ge hypothetical | If the parliamentary elections in October go ahead
R beridze WORKS_FOR bsdn asserted | Tamar Beridze is a researcher at the Black Sea Democracy Network
R bsdn LOCATED_IN batumi asserted | the Black Sea Democracy Network in Batumi
DOC 09_belarus-in-the-union-state 2023-08-30
E by LOCATION Belarus | Belarus; Belarusian; Minsk
E lukashenko PERSON Alexander Lukashenko | Lukashenko
E election EVENT Belarusian presidential election of August 2020 | disputed presidential election; election | keys: election
E tsikhanouskaya PERSON Sviatlana Tsikhanouskaya | Tsikhanouskaya
E lt LOCATION Lithuania | Lithuania; Lithuanian
E vilnius LOCATION Vilnius | Vilnius
E bialiatski PERSON Ales Bialiatski | Bialiatski
E viasna ORGANIZATION Viasna | Viasna
E eu ORGANIZATION European Union | European Union; EU
E us LOCATION United States | United States
E gb LOCATION United Kingdom | United Kingdom
E ca LOCATION Canada | Canada
E sanc SANCTION Western sanctions on Belarus | sanctions; sanctions to Belarus | keys: sanctions
E ru LOCATION Russia | Russia; Russian; Moscow; Kremlin; the Kremlin
E ua LOCATION Ukraine | Ukraine
E invasion EVENT Russia's invasion of Ukraine | invasion | keys: invasion
E putin PERSON Vladimir Putin | Putin
E unionstate ORGANIZATION Union State | Union State
E eaeu ORGANIZATION Eurasian Economic Union | Eurasian Economic Union
E pl LOCATION Poland | Poland
E viktor PERSON Viktor Lukashenko | Viktor Lukashenko
E sedov PERSON Pavel Sedov | Sedov
E bssc ORGANIZATION Baltic Security Studies Centre | Baltic Security Studies Centre
E? west LOCATION the West | the West
E? nobel EVENT 2022 Nobel Peace Prize | Nobel Peace Prize | keys: nobel
R lukashenko HOLDS_POSITION by asserted | Alexander Lukashenko has ruled Belarus since 1994
R? election LOCATED_IN by asserted | the disputed presidential election of August 2020
R? tsikhanouskaya PARTICIPATES_IN election asserted | the opposition candidate Sviatlana Tsikhanouskaya
R? tsikhanouskaya LOCATED_IN lt asserted | forced into exile in Lithuania
R by DETAINS bialiatski asserted | A court in Minsk sentenced him to ten years
R bialiatski FOUNDED viasna asserted | Ales Bialiatski, the founder of the human rights centre Viasna
R eu SANCTIONS by asserted | The European Union, the United States, the United Kingdom and Canada sanctioned Belarusian officials
R us SANCTIONS by asserted | the United States ... sanctioned Belarusian officials
R gb SANCTIONS by asserted | the United Kingdom ... sanctioned Belarusian officials
R ca SANCTIONS by asserted | Canada sanctioned Belarusian officials
R? sanc ENACTED_BY eu asserted | the EU has since extended its sanctions to Belarus
R? sanc TARGETS by asserted | extended its sanctions to Belarus
R ru ATTACKS ua asserted | Russian troops attacked Ukraine from Belarusian territory
R? ru PARTICIPATES_IN invasion asserted | Russia's invasion of Ukraine
R? by PARTICIPATES_IN invasion asserted | for its role in Russia's invasion of Ukraine
R ru AIDS by asserted | Russia deployed tactical nuclear weapons to Belarus
R putin PRAISES lukashenko asserted | Vladimir Putin praised Lukashenko for his loyalty
R by MEMBER_OF unionstate asserted | Both governments belong to the Union State
R by MEMBER_OF eaeu asserted | and the Eurasian Economic Union
R ru MEMBER_OF unionstate asserted | Both governments belong to the Union State
R ru MEMBER_OF eaeu asserted | and the Eurasian Economic Union
R by BORDERS ua asserted | Belarus borders Ukraine, Poland and Lithuania
R by BORDERS pl asserted | Belarus borders Ukraine, Poland and Lithuania
R by BORDERS lt asserted | Belarus borders Ukraine, Poland and Lithuania
R viktor FAMILY_OF lukashenko asserted | Lukashenko's eldest son, Viktor Lukashenko
R viktor HOLDS_POSITION by asserted | served as his national security adviser
R? west SANCTIONS lukashenko proposed | the West should sanction the family's business network
R sedov WORKS_FOR bssc asserted | Pavel Sedov is a research fellow at the Baltic Security Studies Centre
R bssc LOCATED_IN vilnius asserted | the Baltic Security Studies Centre in Vilnius
DOC 10_taiwan-strait-after-the-inauguration 2024-06-03
E tw LOCATION Taiwan | Taiwan; Taiwanese; Taipei
E lai PERSON Lai Ching-te | Lai
E pla ORGANIZATION People's Liberation Army | People's Liberation Army; PLA
E drills EVENT Joint Sword-2024A exercises | Joint Sword-2024A; exercises; drills | keys: joint / exercises / drills
E cn LOCATION China | China; Chinese; Beijing
E? modcn ORGANIZATION Chinese defence ministry | defence ministry
E us LOCATION United States | United States; American; Washington
E jp LOCATION Japan | Japan
E ph LOCATION Philippines | Philippines; the Philippines
E scs LOCATION South China Sea | South China Sea
E strait LOCATION Taiwan Strait | Taiwan Strait
E lockheed ORGANIZATION Lockheed Martin | Lockheed Martin
E raytheon ORGANIZATION Raytheon | Raytheon; RTX
E cnsanc SANCTION Chinese sanctions on American defence companies | sanctions | keys: sanctions
E dpp ORGANIZATION Democratic Progressive Party | Democratic Progressive Party; DPP
E ly ORGANIZATION Legislative Yuan | Legislative Yuan
E kmt ORGANIZATION Kuomintang | Kuomintang; KMT
E tpp ORGANIZATION Taiwan People's Party | Taiwan People's Party
E tsmc ORGANIZATION TSMC | TSMC
E chou PERSON Mei-lin Chou | Chou
E psrc ORGANIZATION Pacific Strait Research Council | Pacific Strait Research Council
E? blockade EVENT blockade of Taiwan | blockade | keys: blockade
E? inauguration EVENT Lai's inauguration | inauguration; inaugural speech | keys: inauguration
R lai HOLDS_POSITION tw asserted | Lai Ching-te was sworn in as president of Taiwan
R pla PARTICIPATES_IN drills asserted | the People's Liberation Army began the Joint Sword-2024A exercises
R? drills LOCATED_IN tw asserted | exercises around the island
R? cn ATTACKS tw hypothetical | simulating a blockade of Taiwanese ports
R cn CRITICIZES lai asserted | Beijing criticized Lai as a separatist
R us SUPPORTS tw asserted | The United States supports Taiwan's self-defence
R us AIDS tw asserted | Washington approved new arms sales to Taipei
R jp CRITICIZES drills asserted | Japan ... expressed concern about the exercises
R ph COOPERATES_WITH us asserted | the Philippines ... has expanded military cooperation with the United States
R? cn OPPOSES ph asserted | the Philippines, which faces Chinese pressure in the South China Sea
R cn SANCTIONS lockheed asserted | China has imposed sanctions on American defence companies ... including Lockheed Martin and Raytheon
R cn SANCTIONS raytheon asserted | including Lockheed Martin and Raytheon
R cnsanc ENACTED_BY cn asserted | China has imposed sanctions
R cnsanc TARGETS lockheed asserted | including Lockheed Martin
R cnsanc TARGETS raytheon asserted | and Raytheon
R? cn SANCTIONS us asserted | sanctions on American defence companies
R? cnsanc TARGETS us asserted | sanctions on American defence companies
R lai MEMBER_OF dpp asserted | Lai's Democratic Progressive Party
R? dpp MEMBER_OF ly negated | does not control the Legislative Yuan
R kmt MEMBER_OF ly asserted | where the Kuomintang and the Taiwan People's Party hold a majority
R tpp MEMBER_OF ly asserted | and the Taiwan People's Party hold a majority
R? tsmc LOCATED_IN tw asserted | advanced chips from TSMC
R chou WORKS_FOR psrc asserted | Mei-lin Chou is a senior fellow at the Pacific Strait Research Council
R psrc LOCATED_IN tw asserted | the Pacific Strait Research Council in Taipei
DOC 11_black-sea-grain 2023-09-25
E bsgi ORGANIZATION Black Sea Grain Initiative | Black Sea Grain Initiative; initiative; grain deal
E tr LOCATION Turkey | Turkey; Turkish
E un ORGANIZATION United Nations | United Nations; UN
E ua LOCATION Ukraine | Ukraine; Ukrainian; Kyiv
E guterres PERSON António Guterres | Guterres; Antonio Guterres
E ru LOCATION Russia | Russia; Russian; Moscow
E odesa LOCATION Odesa | Odesa; Odessa
E izmail LOCATION Izmail | Izmail
E erdogan PERSON Recep Tayyip Erdoğan | Erdoğan; Erdogan
E putin PERSON Vladimir Putin | Putin
E sochi LOCATION Sochi | Sochi
E ro LOCATION Romania | Romania
E bg LOCATION Bulgaria | Bulgaria
E nato ORGANIZATION NATO | NATO
E us LOCATION United States | United States
E gb LOCATION United Kingdom | United Kingdom
E eu ORGANIZATION European Union | European Union
E danube LOCATION Danube | Danube
E pl LOCATION Poland | Poland
E hu LOCATION Hungary | Hungary
E sk LOCATION Slovakia | Slovakia
E wto ORGANIZATION World Trade Organization | World Trade Organization; WTO
E marchenko PERSON Oleksii Marchenko | Marchenko
E dtm ORGANIZATION Danube Trade Monitor | Danube Trade Monitor
E strikes EVENT Russian strikes on Odesa | strikes; Russian strikes on Odesa | keys: strikes
E? blacksea LOCATION Black Sea | Black Sea
E? westsanc SANCTION Western sanctions on Russian agricultural exports | Western sanctions | keys: sanctions
E? meeting EVENT Erdoğan-Putin meeting in Sochi | meeting | keys: meeting
R tr FOUNDED bsgi asserted | The Black Sea Grain Initiative, brokered by Turkey and the United Nations
R un FOUNDED bsgi asserted | brokered by Turkey and the United Nations
R guterres HOLDS_POSITION un asserted | UN Secretary-General António Guterres
R? guterres PRAISES bsgi asserted | called the deal a beacon of hope
R? ru OPPOSES bsgi asserted | Russia withdrew from the initiative
R ru MEMBER_OF bsgi negated | Russia withdrew from the initiative
R ru ATTACKS odesa asserted | its forces then attacked the ports of Odesa and Izmail
R ru ATTACKS izmail asserted | the ports of Odesa and Izmail
R ua CRITICIZES ru asserted | Ukraine accused Moscow of waging war on global food security
R erdogan HOLDS_POSITION tr asserted | Turkish President Recep Tayyip Erdoğan
R erdogan MEETS putin asserted | Recep Tayyip Erdoğan met Vladimir Putin in Sochi
R? erdogan LOCATED_IN sochi asserted | met Vladimir Putin in Sochi
R? erdogan SUPPORTS bsgi proposed | urged him to revive the deal
R? putin OPPOSES bsgi asserted | Putin refused
R? westsanc TARGETS ru asserted | Western sanctions on Russian agricultural exports
R ro MEMBER_OF nato asserted | Romania and Bulgaria, both members of NATO
R bg MEMBER_OF nato asserted | both members of NATO
R? us AIDS ua asserted | The United States and the United Kingdom provided intelligence support
R? gb AIDS ua asserted | and the United Kingdom provided intelligence support
R? eu AIDS ua asserted | the European Union funded new river routes through the Danube
R pl SANCTIONS ua asserted | Poland, Hungary and Slovakia banned imports of Ukrainian grain
R hu SANCTIONS ua asserted | Hungary ... banned imports of Ukrainian grain
R sk SANCTIONS ua asserted | Slovakia banned imports of Ukrainian grain
R ua CRITICIZES pl asserted | Ukraine filed a complaint against the three countries
R ua CRITICIZES hu asserted | against the three countries
R ua CRITICIZES sk asserted | against the three countries
R? ru PARTICIPATES_IN strikes hypothetical | If Russian strikes on Odesa continue
R? strikes LOCATED_IN odesa hypothetical | Russian strikes on Odesa
R marchenko WORKS_FOR dtm asserted | Oleksii Marchenko is an analyst at the Danube Trade Monitor
R dtm LOCATED_IN izmail asserted | the Danube Trade Monitor in Izmail
DOC 12_kyrgyz-tajik-border 2022-10-10
E kg LOCATION Kyrgyzstan | Kyrgyzstan; Kyrgyz; Bishkek
E tj LOCATION Tajikistan | Tajikistan; Tajik; Dushanbe
E csto ORGANIZATION Collective Security Treaty Organization | CSTO
E sco ORGANIZATION Shanghai Cooperation Organization | Shanghai Cooperation Organization; SCO
E japarov PERSON Sadyr Japarov | Japarov
E rahmon PERSON Emomali Rahmon | Rahmon
E tashiev PERSON Kamchybek Tashiev | Tashiev
E samarkand LOCATION Samarkand | Samarkand
E batken LOCATION Batken | Batken; Batken region
E kz LOCATION Kazakhstan | Kazakhstan
E ru LOCATION Russia | Russia
E uz LOCATION Uzbekistan | Uzbekistan
E fergana LOCATION Fergana Valley | Fergana Valley
E ca LOCATION Central Asia | Central Asia
E umarova PERSON Nargiza Umarova | Umarova
E fvpi ORGANIZATION Fergana Valley Peace Institute | Fergana Valley Peace Institute
E osh LOCATION Osh | Osh
E summit EVENT SCO summit in Samarkand | summit; Shanghai Cooperation Organization summit | keys: summit
E fighting EVENT September 2022 Kyrgyz-Tajik border fighting | fighting; border war | keys: fighting / war
E? ceasefire EVENT Kyrgyz-Tajik ceasefire | ceasefire | keys: ceasefire
E? exercise EVENT CSTO exercise | exercise | keys: exercise
R kg BORDERS tj asserted | Kyrgyzstan and Tajikistan share a border of about 970 kilometres
R? kg MEMBER_OF csto asserted | two members of the Collective Security Treaty Organization
R? tj MEMBER_OF csto asserted | two members of the Collective Security Treaty Organization
R tj ATTACKS kg asserted | Tajik forces attacked Kyrgyz villages in the Batken region
R kg ATTACKS tj asserted | Kyrgyz forces shelled Tajik positions in return
R? batken LOCATED_IN kg asserted | Kyrgyz villages in the Batken region
R? fighting LOCATED_IN batken asserted | in the Batken region
R japarov HOLDS_POSITION kg asserted | President Sadyr Japarov of Kyrgyzstan
R rahmon HOLDS_POSITION tj asserted | President Emomali Rahmon of Tajikistan
R japarov MEETS rahmon asserted | met on the sidelines of the Shanghai Cooperation Organization summit
R japarov PARTICIPATES_IN summit asserted | on the sidelines of the ... summit in Samarkand
R rahmon PARTICIPATES_IN summit asserted | on the sidelines of the ... summit in Samarkand
R summit LOCATED_IN samarkand asserted
R? sco PARTICIPATES_IN summit asserted | the Shanghai Cooperation Organization summit | summit in Samarkand
R? kg COOPERATES_WITH tj asserted | agreed to a ceasefire
R tashiev HOLDS_POSITION kg asserted | The head of Kyrgyzstan's security service, Kamchybek Tashiev
R? tashiev MEETS tj asserted | led the negotiations with his Tajik counterparts
R? csto AIDS kg negated | The CSTO did not intervene
R kg CRITICIZES csto asserted | Kyrgyzstan criticized the alliance for its silence
R? kg OPPOSES csto asserted | cancelled a CSTO exercise planned on its territory
R? uz MEETS kg asserted | Uzbekistan offered to mediate
R umarova WORKS_FOR fvpi asserted | Nargiza Umarova is a research associate at the Fergana Valley Peace Institute
R fvpi LOCATED_IN osh asserted | the Fergana Valley Peace Institute in Osh

DOC 13_moldova-road-to-brussels 2025-09-10
E md LOCATION Moldova | Moldova; Moldovan; Chisinau; CHISINAU
E eu ORGANIZATION European Union | European Union; EU; the EU; Brussels
E sandu PERSON Maia Sandu | Sandu
E ru LOCATION Russia | Russia; Moscow; the Kremlin
E shor PERSON Ilan Shor | Shor
E us LOCATION United States | United States
E uk LOCATION United Kingdom | United Kingdom
E ua LOCATION Ukraine | Ukraine; Kyiv
E ro LOCATION Romania | Romania
E gazprom ORGANIZATION Gazprom | Gazprom
E tn LOCATION Transnistria | Transnistria; Transnistrian
E krasnoselsky PERSON Vadim Krasnoselsky | Krasnoselsky
E nato ORGANIZATION NATO | NATO
E referendum EVENT referendum on EU membership | referendum | keys: referendum
E? europe LOCATION Europe | European
E? negotiations EVENT EU accession negotiations with Moldova | negotiations | keys: negotiations
E? fraud EVENT 2014 bank fraud | bank fraud | keys: fraud
E? elections EVENT Moldovan parliamentary elections | elections | keys: elections
R sandu HOLDS_POSITION md asserted | President Maia Sandu
R md CRITICIZES ru asserted | Moldovan officials accused Moscow of financing a vote-buying network
R us SANCTIONS shor asserted | has been sanctioned by the United States, the United Kingdom and the European Union
R uk SANCTIONS shor asserted | has been sanctioned by the United States, the United Kingdom and the European Union
R eu SANCTIONS shor asserted | has been sanctioned by the United States, the United Kingdom and the European Union
R shor OPPOSES referendum proposed | urged his supporters to boycott the referendum on EU membership
R? shor LOCATED_IN ru asserted | From Moscow, he denied the accusations
R? eu MEETS md asserted | opened accession negotiations with Moldova
R? eu PARTICIPATES_IN negotiations asserted | opened accession negotiations with Moldova
R? md PARTICIPATES_IN negotiations asserted | opened accession negotiations with Moldova
R? eu AIDS md proposed | Brussels has since pledged a growth plan worth 1.8 billion euros
R ro AIDS md asserted | Romania has supplied electricity to Chisinau throughout the winter
R? ro COOPERATES_WITH md asserted | Romania has supplied electricity to Chisinau throughout the winter
R? ua COOPERATES_WITH ru negated | Kyiv refused to extend the transit agreement with Russia
R krasnoselsky HOLDS_POSITION tn asserted | The Transnistrian leader, Vadim Krasnoselsky
R krasnoselsky CRITICIZES md asserted | blamed Chisinau for the blackouts
R sandu CRITICIZES ru asserted | Sandu said the Kremlin was using gas as a weapon
R? tn LOCATED_IN md asserted | the breakaway region of Transnistria
R? ru LOCATED_IN tn asserted | Russia still keeps about 1,500 troops in Transnistria
R? ru ATTACKS md hypothetical | Moscow could try to destabilise the region again
R md MEMBER_OF nato negated | Moldova would not join NATO
R md COOPERATES_WITH nato asserted | the country has deepened its cooperation with the alliance
R md COOPERATES_WITH eu asserted | signed a security and defence partnership with the EU in May 2024
R? md MEMBER_OF eu proposed | The European Union opened accession negotiations with Moldova in June 2024

DOC 14_sudan-war-outside-powers 2025-10-30
E sd LOCATION Sudan | Sudan; Khartoum
E elfasher LOCATION El Fasher | El Fasher
E rsf ORGANIZATION Rapid Support Forces | Rapid Support Forces; RSF
E darfur LOCATION Darfur | Darfur
E hemedti PERSON Mohamed Hamdan Dagalo | Dagalo; Hemedti
E saf ORGANIZATION Sudanese Armed Forces | Sudanese Armed Forces; SAF
E burhan PERSON Abdel Fattah al-Burhan | Burhan
E portsudan LOCATION Port Sudan | Port Sudan
E eg LOCATION Egypt | Egypt
E tr LOCATION Turkey | Turkey
E ir LOCATION Iran | Iran
E ae LOCATION United Arab Emirates | United Arab Emirates; Emirates
E un ORGANIZATION United Nations | United Nations
E td LOCATION Chad | Chad
E us LOCATION United States | United States; Washington
E sa LOCATION Saudi Arabia | Saudi Arabia
E jeddah LOCATION Jeddah | Jeddah
E au ORGANIZATION African Union | African Union
E igad ORGANIZATION Intergovernmental Authority on Development | IGAD
E ke LOCATION Kenya | Kenya; Nairobi
E uk LOCATION United Kingdom | Britain
E unsc ORGANIZATION UN Security Council | Security Council
E war EVENT war in Sudan | war; conflict; fighting | keys: war / conflict / fighting
E talks EVENT Jeddah talks | talks | keys: talks
E coup EVENT 2021 coup | coup | keys: coup
E conference EVENT RSF conference in Nairobi | conference | keys: conference
E sanctions SANCTION US sanctions on Dagalo | sanctions | keys: sanctions
E? siege EVENT siege of El Fasher | siege | keys: siege
E? ceasefire EVENT Jeddah ceasefire | ceasefire | keys: ceasefire
E? embargo SANCTION arms embargo on Sudan | arms embargo | keys: embargo
R rsf PARTICIPATES_IN war asserted | has been at war with the Sudanese Armed Forces
R saf PARTICIPATES_IN war asserted | has been at war with the Sudanese Armed Forces
R? rsf ATTACKS saf asserted | has been at war with the Sudanese Armed Forces
R? elfasher LOCATED_IN darfur asserted | The fall of El Fasher ... almost all of Darfur
R rsf ATTACKS elfasher asserted | The fall of El Fasher to the Rapid Support Forces
R hemedti HOLDS_POSITION rsf asserted | The RSF, led by Mohamed Hamdan Dagalo
R burhan HOLDS_POSITION saf asserted | The army chief, General Abdel Fattah al-Burhan
R eg SUPPORTS burhan asserted | Egypt has backed Burhan throughout the conflict
R tr AIDS saf asserted | Turkey and Iran have reportedly supplied the army with drones
R ir AIDS saf asserted | Turkey and Iran have reportedly supplied the army with drones
R ae AIDS rsf negated | The United Arab Emirates denies arming the RSF
R us SANCTIONS hemedti asserted | imposed sanctions on Dagalo
R sanctions ENACTED_BY us asserted | the United States ... imposed sanctions on Dagalo
R sanctions TARGETS hemedti asserted | imposed sanctions on Dagalo
R us SANCTIONS burhan asserted | Washington also sanctioned Burhan days later
R? us CRITICIZES rsf asserted | determined that the RSF had committed genocide
R? us CRITICIZES saf asserted | accusing the army of attacking civilians
R sa PARTICIPATES_IN talks asserted | Saudi Arabia and the United States hosted talks between the two sides in Jeddah
R us PARTICIPATES_IN talks asserted | Saudi Arabia and the United States hosted talks between the two sides in Jeddah
R? talks LOCATED_IN jeddah asserted | talks between the two sides in Jeddah
R sd MEMBER_OF au negated | The African Union suspended Sudan after the 2021 coup
R? coup LOCATED_IN sd asserted | suspended Sudan after the 2021 coup
R rsf PARTICIPATES_IN conference asserted | hosting an RSF conference in Nairobi
R? ke PARTICIPATES_IN conference asserted | hosting an RSF conference in Nairobi
R? conference LOCATED_IN ke asserted | an RSF conference in Nairobi
R sd CRITICIZES ke asserted | Sudan recalled its ambassador from Nairobi in protest
R? uk SANCTIONS sd hypothetical | could push for an arms embargo covering the whole country
R? uk MEMBER_OF unsc asserted | holds the Security Council pen on Sudan

DOC 15_seoul-tokyo-thaw 2025-08-27
E kr LOCATION South Korea | South Korea; South Korean; Korean; Seoul
E jp LOCATION Japan | Japan; Japanese; Tokyo
E lee PERSON Lee Jae-myung | Lee
E ishiba PERSON Shigeru Ishiba | Ishiba
E us LOCATION United States | United States; Washington
E yoon PERSON Yoon Suk Yeol | Yoon Suk Yeol
E campdavid LOCATION Camp David | Camp David
E kp LOCATION North Korea | North Korea
E seaofjapan LOCATION Sea of Japan | Sea of Japan
E cn LOCATION China | China; Beijing
E dokdo LOCATION Dokdo | Dokdo; Takeshima
E fukushima LOCATION Fukushima | Fukushima
E? talks EVENT Lee-Ishiba talks in Tokyo | talks; visit | keys: talks / visit
E? pacificwar EVENT second Pacific war | second Pacific war | keys: war
E? drills EVENT joint drills of South Korea, Japan and the United States | drills | keys: drills
R lee HOLDS_POSITION kr asserted | South Korean President Lee Jae-myung
R ishiba HOLDS_POSITION jp asserted | Prime Minister Shigeru Ishiba
R lee MEETS ishiba asserted | held talks with Prime Minister Shigeru Ishiba
R? lee PARTICIPATES_IN talks asserted | held talks with Prime Minister Shigeru Ishiba
R? ishiba PARTICIPATES_IN talks asserted | held talks with Prime Minister Shigeru Ishiba
R? lee CRITICIZES jp asserted | once called Japan's release of treated water from Fukushima a "second Pacific war"
R? kr COOPERATES_WITH jp asserted | agreed to expand cooperation on supply chains, energy and demographic decline
R lee COOPERATES_WITH us proposed | The two leaders also pledged to keep up trilateral security coordination with the United States
R ishiba COOPERATES_WITH us proposed | The two leaders also pledged to keep up trilateral security coordination with the United States
R? yoon HOLDS_POSITION kr asserted | Lee's conservative predecessor, Yoon Suk Yeol
R? kp CRITICIZES drills asserted | North Korea has condemned the joint drills of the three countries
R cn COOPERATES_WITH kr asserted | China remains South Korea's largest trading partner

DOC 16_astana-balancing-act 2025-11-20
E kz LOCATION Kazakhstan | Kazakhstan; Astana
E tokayev PERSON Kassym-Jomart Tokayev | Tokayev
E cn LOCATION China | China; Chinese; Beijing
E xi PERSON Xi Jinping | Xi Jinping
E ru LOCATION Russia | Russia; Russian; Moscow
E putin PERSON Vladimir Putin | Vladimir Putin
E csto ORGANIZATION Collective Security Treaty Organization | Collective Security Treaty Organization
E eaeu ORGANIZATION Eurasian Economic Union | Eurasian Economic Union
E crimea LOCATION Crimea | Crimea
E ua LOCATION Ukraine | Ukraine
E treasury ORGANIZATION U.S. Department of the Treasury | US Treasury
E us LOCATION United States | Washington; American
E c51 ORGANIZATION C5+1 | C5+1; C5+1 format
E trump PERSON Donald Trump | Donald Trump
E whitehouse ORGANIZATION White House | the White House
E parade EVENT Victory Day parade | Victory Day parade | keys: parade
E annexation EVENT annexation of Crimea | annexation | keys: annexation
E war EVENT Russia's war against Ukraine | war | keys: war
E? talks EVENT Tokayev-Putin talks in Moscow | talks | keys: talks
E? unrest EVENT unrest in Kazakhstan | unrest | keys: unrest
E? secondary SANCTION US secondary sanctions | secondary sanctions | keys: sanctions
R tokayev HOLDS_POSITION kz asserted | President Kassym-Jomart Tokayev
R xi HOLDS_POSITION cn asserted | Chinese leader Xi Jinping
R tokayev MEETS xi asserted | hosted Chinese leader Xi Jinping in Astana
R? kz COOPERATES_WITH cn asserted | the two signed agreements on railways, critical minerals and a second nuclear power plant
R tokayev PARTICIPATES_IN parade asserted | Tokayev had flown to Moscow for the Victory Day parade
R tokayev MEETS putin asserted | held talks with Vladimir Putin
R? tokayev PARTICIPATES_IN talks asserted | held talks with Vladimir Putin
R kz MEMBER_OF csto asserted | Kazakhstan belongs to both the Collective Security Treaty Organization and the Eurasian Economic Union
R kz MEMBER_OF eaeu asserted | Kazakhstan belongs to both the Collective Security Treaty Organization and the Eurasian Economic Union
R kz OPPOSES annexation asserted | it has refused to recognise the annexation of Crimea
R kz OPPOSES war asserted | has not supported Russia's war against Ukraine
R ru ATTACKS ua asserted | Russia's war against Ukraine
R ru PARTICIPATES_IN war asserted | Russia's war against Ukraine
R? ru PARTICIPATES_IN annexation asserted | the annexation of Crimea
R? treasury SANCTIONS ru proposed | the US Treasury threatened secondary sanctions against lenders that help Moscow
R? us COOPERATES_WITH kz asserted | Washington, meanwhile, is courting Astana through the C5+1 format
R? c51 MEETS trump asserted | whose leaders met President Donald Trump at the White House
R trump HOLDS_POSITION us asserted | President Donald Trump

DOC 17_treasury-shadow-fleet 2025-02-24
E treasury ORGANIZATION U.S. Department of the Treasury | U.S. Treasury Department; Treasury
E ae LOCATION United Arab Emirates | United Arab Emirates; Emirati
E ir LOCATION Iran | Iran; Iranian; Tehran
E us LOCATION United States | U.S.; WASHINGTON; Washington
E trump PERSON Donald Trump | Donald Trump
E maxpressure SANCTION maximum pressure campaign | maximum pressure | keys: pressure
E ofac ORGANIZATION Office of Foreign Assets Control | OFAC
E hk LOCATION Hong Kong | Hong Kong
E nioc ORGANIZATION National Iranian Oil Company | NIOC
E iotc ORGANIZATION Iranian Oil Terminals Company | Iranian Oil Terminals Company
E cn LOCATION China | China; Chinese
E bessent PERSON Scott Bessent | Scott Bessent
E me LOCATION Middle East | the Middle East
E state ORGANIZATION U.S. Department of State | State Department
E in LOCATION India | India
E mfair ORGANIZATION Ministry of Foreign Affairs of Iran | Iran's foreign ministry
E ramos PERSON Claudia Ramos | Claudia Ramos
E mei ORGANIZATION Meridian Energy Institute | Meridian Energy Institute
E london LOCATION London | London
E shandong LOCATION Shandong | Shandong
E eu ORGANIZATION European Union | European Union
E uk LOCATION United Kingdom | Britain
E fr LOCATION France | France
E jcpoa EVENT 2015 nuclear deal with Iran | nuclear deal | keys: deal
E un ORGANIZATION United Nations | United Nations
E unsanctions SANCTION United Nations sanctions | sanctions | keys: sanctions
R trump HOLDS_POSITION us asserted | President Donald Trump
R maxpressure ENACTED_BY trump asserted | Trump restored his "maximum pressure" campaign
R? maxpressure ENACTED_BY us asserted | Trump restored his "maximum pressure" campaign
R maxpressure TARGETS ir asserted | "maximum pressure" campaign against Tehran
R bessent HOLDS_POSITION treasury asserted | Treasury Secretary Scott Bessent
R? bessent HOLDS_POSITION us asserted | Treasury Secretary Scott Bessent
R? bessent CRITICIZES ir asserted | Iran was using the revenue to fund destabilizing activities
R? ofac SANCTIONS nioc asserted | designated ... the heads of Iran's National Iranian Oil Company
R? mfair CRITICIZES us asserted | condemned the designations as illegal
R cn OPPOSES us asserted | has repeatedly rejected unilateral U.S. sanctions
R? cn COOPERATES_WITH ir asserted | said its trade with Iran is legitimate
R ramos WORKS_FOR mei asserted | Claudia Ramos, a senior fellow at the Meridian Energy Institute
R? mei LOCATED_IN london asserted | the Meridian Energy Institute in London
R? eu SANCTIONS ir negated | The European Union has not joined the U.S. campaign
R uk PARTICIPATES_IN jcpoa asserted | Britain and France, which remain parties to the 2015 nuclear deal with Iran
R fr PARTICIPATES_IN jcpoa asserted | Britain and France, which remain parties to the 2015 nuclear deal with Iran
R? unsanctions ENACTED_BY un asserted | the return of United Nations sanctions
R? uk SANCTIONS ir hypothetical | could trigger the return of United Nations sanctions
R? fr SANCTIONS ir hypothetical | could trigger the return of United Nations sanctions

DOC 18_belgrade-between-blocs 2025-10-21
E rs LOCATION Serbia | Serbia; Serbian; Belgrade; BELGRADE
E vucic PERSON Aleksandar Vučić | Vučić
E eu ORGANIZATION European Union | European Union; EU; the EU; Brussels
E ru LOCATION Russia | Russia; Moscow; the Kremlin
E cn LOCATION China | China; Chinese; Beijing
E us LOCATION United States | U.S.; Washington
E nis ORGANIZATION Naftna Industrija Srbije | NIS
E gpn ORGANIZATION Gazprom Neft | Gazprom Neft
E surgut ORGANIZATION Surgutneftegas | Surgutneftegas
E putin PERSON Vladimir Putin | Vladimir Putin
E svr ORGANIZATION SVR | SVR; Russia's Foreign Intelligence Service; Foreign Intelligence Service
E ua LOCATION Ukraine | Ukraine
E zijin ORGANIZATION Zijin Mining | Zijin Mining
E hbis ORGANIZATION HBIS | HBIS
E fr LOCATION France | France
E vucevic PERSON Miloš Vučević | Miloš Vučević
E kosovo LOCATION Kosovo | Kosovo; Pristina
E novisad LOCATION Novi Sad | Novi Sad
E parade EVENT Victory Day parade | Victory Day parade | keys: parade
E fta EVENT Serbia-China free trade agreement | free trade agreement | keys: agreement
E protests EVENT student protests in Serbia | protests; unrest | keys: protests / unrest
E sanctions SANCTION U.S. sanctions on NIS | sanctions | keys: sanctions
E? eusanctions SANCTION EU sanctions against Russia | EU sanctions | keys: sanctions
E? dialogue EVENT EU-brokered Belgrade-Pristina dialogue | dialogue | keys: dialogue
E? rafale EVENT Rafale deal | deal | keys: deal
R vucic HOLDS_POSITION rs asserted | Serbian President Aleksandar Vučić
R? vucic COOPERATES_WITH eu asserted | has courted Brussels, Moscow and Beijing at once
R? vucic COOPERATES_WITH ru asserted | has courted Brussels, Moscow and Beijing at once
R? vucic COOPERATES_WITH cn asserted | has courted Brussels, Moscow and Beijing at once
R us SANCTIONS nis asserted | U.S. sanctions on Naftna Industrija Srbije (NIS) ... finally took effect
R sanctions ENACTED_BY us asserted | U.S. sanctions on Naftna Industrija Srbije
R sanctions TARGETS nis asserted | U.S. sanctions on Naftna Industrija Srbije
R us SANCTIONS gpn asserted | Gazprom Neft, which Washington blacklisted in January
R? nis LOCATED_IN rs asserted | Naftna Industrija Srbije (NIS), the country's only oil refiner
R us SANCTIONS surgut asserted | which Washington blacklisted in January along with Surgutneftegas
R? rs MEMBER_OF eu proposed | Serbia is a candidate for membership of the European Union
R eu SANCTIONS ru asserted | EU sanctions against Russia
R rs SANCTIONS ru negated | it has refused to join EU sanctions against Russia
R vucic PARTICIPATES_IN parade asserted | Vučić travelled to Moscow for the Victory Day parade
R vucic MEETS putin asserted | he met Vladimir Putin at the Kremlin
R svr CRITICIZES rs asserted | accused Serbian arms makers of selling ammunition that ended up in Ukraine
R? rs AIDS ua asserted | selling ammunition that ended up in Ukraine
R rs COOPERATES_WITH cn asserted | The government has also deepened ties with China
R rs PARTICIPATES_IN fta asserted | Serbia signed a free trade agreement with China in 2023
R? cn PARTICIPATES_IN fta asserted | Serbia signed a free trade agreement with China in 2023
R? zijin LOCATED_IN cn asserted | Chinese companies such as Zijin Mining and HBIS
R? hbis LOCATED_IN cn asserted | Chinese companies such as Zijin Mining and HBIS
R fr AIDS rs asserted | Belgrade bought twelve Rafale fighter jets from France
R? protests LOCATED_IN novisad asserted | since a concrete canopy collapsed at the railway station in Novi Sad
R vucevic HOLDS_POSITION rs asserted | Prime Minister Miloš Vučević resigned in January
R kosovo OPPOSES dialogue asserted | Pristina does not accept the dialogue brokered by the EU
R? eu PARTICIPATES_IN dialogue asserted | the dialogue brokered by the EU
R rs OPPOSES kosovo asserted | Belgrade still refuses to recognise Kosovo's independence
R? rs COOPERATES_WITH kosovo negated | Relations with Kosovo remain frozen

DOC 19_brazil-tariffs-hemisphere 2025-09-20
E br LOCATION Brazil | Brazil; Brazilian; Brasília
E us LOCATION United States | United States; U.S.; Washington
E lula PERSON Luiz Inácio Lula da Silva | Lula
E wto ORGANIZATION World Trade Organization | World Trade Organization
E trump PERSON Donald Trump | Trump
E bolsonaro PERSON Jair Bolsonaro | Jair Bolsonaro
E stf ORGANIZATION Supreme Federal Court | Supreme Federal Court
E cn LOCATION China | Chinese
E xi PERSON Xi Jinping | Xi Jinping
E in LOCATION India | Indian
E modi PERSON Narendra Modi | Narendra Modi
E brics ORGANIZATION BRICS | BRICS
E haddad PERSON Fernando Haddad | Fernando Haddad
E congress ORGANIZATION National Congress of Brazil | Congress
E ar LOCATION Argentina | Argentina
E milei PERSON Javier Milei | Javier Milei
E mercosur ORGANIZATION Mercosur | Mercosur
E py LOCATION Paraguay | Paraguay
E uy LOCATION Uruguay | Uruguay
E caribbean LOCATION Caribbean | Caribbean
E ve LOCATION Venezuela | Venezuela
E co LOCATION Colombia | Colombian
E petro PERSON Gustavo Petro | Gustavo Petro
E mx LOCATION Mexico | Mexico; Mexican
E sheinbaum PERSON Claudia Sheinbaum | Claudia Sheinbaum
E? tariff SANCTION US 50 percent tariff on Brazilian goods | tariff | keys: tariff
E? trial EVENT trial of Jair Bolsonaro | trial | keys: trial
E? coup EVENT coup plot | coup | keys: coup
E? strikes EVENT US strikes on boats in the Caribbean | strikes | keys: strikes
R lula HOLDS_POSITION br asserted | President Luiz Inácio Lula da Silva
R us SANCTIONS br asserted | Washington imposed a 50 percent tariff on most Brazilian goods
R? lula CRITICIZES us asserted | called the measure "blackmail"
R? bolsonaro HOLDS_POSITION br asserted | former president Jair Bolsonaro
R? stf LOCATED_IN br asserted | Brazil's Supreme Federal Court
R lula MEETS xi asserted | Lula has since spoken with Chinese President Xi Jinping
R lula MEETS modi asserted | and Indian Prime Minister Narendra Modi
R xi HOLDS_POSITION cn asserted | Chinese President Xi Jinping
R modi HOLDS_POSITION in asserted | Indian Prime Minister Narendra Modi
R br MEMBER_OF brics asserted | BRICS, the bloc that Brazil chairs this year
R haddad HOLDS_POSITION br asserted | Finance Minister Fernando Haddad
R br COOPERATES_WITH ar negated | The dispute has also strained Brazil's ties with Argentina
R milei HOLDS_POSITION ar asserted | President Javier Milei
R milei COOPERATES_WITH us proposed | has pushed for a free trade deal with the United States
R milei CRITICIZES mercosur asserted | criticised Mercosur as a "prison"
R py MEMBER_OF mercosur asserted | Paraguay and Uruguay, the bloc's other founding members
R uy MEMBER_OF mercosur asserted | Paraguay and Uruguay, the bloc's other founding members
R? ar MEMBER_OF mercosur asserted | criticised Mercosur
R? us ATTACKS ve asserted | struck boats it says carried drugs from Venezuela
R petro HOLDS_POSITION co asserted | Colombian President Gustavo Petro
R? petro CRITICIZES us asserted | condemned the strikes as extrajudicial killings
R sheinbaum HOLDS_POSITION mx asserted | Mexico's President Claudia Sheinbaum
R sheinbaum OPPOSES us asserted | rejected any U.S. military action on Mexican soil

DOC 20_sweden-nato-long-road 2024-03-08
E se LOCATION Sweden | Sweden; Swedish; Stockholm; STOCKHOLM
E nato ORGANIZATION North Atlantic Treaty Organization | North Atlantic Treaty Organization; NATO; the alliance
E kristersson PERSON Ulf Kristersson | Ulf Kristersson; Kristersson
E us LOCATION United States | U.S.; Washington; the Biden administration
E blinken PERSON Antony Blinken | Antony Blinken
E tr LOCATION Turkey | Turkey; Turkish; Ankara
E hu LOCATION Hungary | Hungary; Hungarian; Budapest
E fi LOCATION Finland | Finland; Finnish; Helsinki
E ru LOCATION Russia | Russia; Moscow
E ua LOCATION Ukraine | Ukraine
E erdogan PERSON Recep Tayyip Erdoğan | Recep Tayyip Erdoğan; Erdoğan
E pkk ORGANIZATION Kurdistan Workers' Party | Kurdistan Workers' Party; PKK
E eu ORGANIZATION European Union | Brussels
E stoltenberg PERSON Jens Stoltenberg | Jens Stoltenberg
E gna ORGANIZATION Grand National Assembly of Turkey | Grand National Assembly
E congress ORGANIZATION United States Congress | Congress
E orban PERSON Viktor Orbán | Viktor Orbán; Orbán
E fidesz ORGANIZATION Fidesz | Fidesz
E medvedev PERSON Dmitry Medvedev | Dmitry Medvedev
E rusc ORGANIZATION Security Council of Russia | Security Council
E rumfa ORGANIZATION Ministry of Foreign Affairs of Russia | Russia's foreign ministry
E baltic LOCATION Baltic Sea | Baltic Sea; Baltic
E gotland LOCATION Gotland | Gotland
E pl LOCATION Poland | Polish
E de LOCATION Germany | German
E lv LOCATION Latvia | Latvia
E invasion EVENT Russia's full-scale invasion of Ukraine | full-scale invasion | keys: invasion
E summit EVENT Vilnius summit | Vilnius summit | keys: summit
E embargo SANCTION Swedish arms embargo on Turkey | arms embargo | keys: embargo
E? lt LOCATION Lithuania | Vilnius
E? f16 EVENT F-16 sale to Turkey | sale; deal | keys: sale / deal
E? biden PERSON Joe Biden | Biden
E? meeting EVENT Vilnius meeting | meeting | keys: meeting
E? talks EVENT accession talks | talks | keys: talks
E? vote EVENT ratification vote | vote; ratification vote | keys: vote
E? hupar ORGANIZATION National Assembly of Hungary | parliament
E? battlegroup ORGANIZATION NATO battlegroup in Latvia | battlegroup
R se MEMBER_OF nato asserted | Sweden formally became the 32nd member of the North Atlantic Treaty Organization
R kristersson HOLDS_POSITION se asserted | Prime Minister Ulf Kristersson
R blinken HOLDS_POSITION us asserted | U.S. Secretary of State Antony Blinken
R? kristersson MEETS blinken asserted | handed the instrument of accession to U.S. Secretary of State Antony Blinken
R ru ATTACKS ua asserted | Russia's full-scale invasion of Ukraine
R? ru PARTICIPATES_IN invasion asserted | Russia's full-scale invasion of Ukraine
R? invasion LOCATED_IN ua asserted | Russia's full-scale invasion of Ukraine
R fi MEMBER_OF nato asserted | Finland joined the alliance in April 2023
R erdogan HOLDS_POSITION tr asserted | Turkish President Recep Tayyip Erdoğan
R? tr SANCTIONS pkk asserted | which Ankara, Washington and Brussels all list as a terrorist group
R? us SANCTIONS pkk asserted | which Ankara, Washington and Brussels all list as a terrorist group
R? eu SANCTIONS pkk asserted | which Ankara, Washington and Brussels all list as a terrorist group
R? tr OPPOSES pkk asserted | which Ankara, Washington and Brussels all list as a terrorist group
R? erdogan OPPOSES pkk proposed | demanded that it first crack down on supporters of the Kurdistan Workers' Party
R embargo ENACTED_BY se asserted | lifted an arms embargo on Turkey that it had imposed in 2019
R embargo TARGETS tr asserted | an arms embargo on Turkey
R? se SANCTIONS tr asserted | lifted an arms embargo on Turkey that it had imposed in 2019
R? erdogan PARTICIPATES_IN summit asserted | At the Vilnius summit in July 2023, Erdoğan finally agreed
R? summit LOCATED_IN lt asserted | the Vilnius summit
R erdogan MEETS kristersson asserted | after a meeting with Kristersson and NATO Secretary General Jens Stoltenberg
R erdogan MEETS stoltenberg asserted | after a meeting with Kristersson and NATO Secretary General Jens Stoltenberg
R? kristersson MEETS stoltenberg asserted | a meeting with Kristersson and NATO Secretary General Jens Stoltenberg
R? erdogan PARTICIPATES_IN meeting asserted | after a meeting with Kristersson
R? kristersson PARTICIPATES_IN meeting asserted | after a meeting with Kristersson
R? stoltenberg PARTICIPATES_IN meeting asserted | and NATO Secretary General Jens Stoltenberg
R stoltenberg HOLDS_POSITION nato asserted | NATO Secretary General Jens Stoltenberg
R us AIDS tr asserted | the Biden administration approved the sale of forty F-16 fighter jets to Turkey
R? us PARTICIPATES_IN f16 asserted | approved the sale of forty F-16 fighter jets to Turkey
R? tr PARTICIPATES_IN f16 asserted | approved the sale of forty F-16 fighter jets to Turkey
R? congress OPPOSES f16 asserted | a deal worth some 23 billion dollars that Congress had held up
R orban HOLDS_POSITION hu asserted | Prime Minister Viktor Orbán said his government did not oppose Swedish membership
R hu OPPOSES se negated | his government did not oppose Swedish membership
R? orban OPPOSES se negated | his government did not oppose Swedish membership
R? hu MEMBER_OF nato asserted | Hungary held out longest
R? orban MEMBER_OF fidesz asserted | his Fidesz majority
R? fidesz LOCATED_IN hu asserted | his Fidesz majority
R? fidesz OPPOSES se asserted | his Fidesz majority repeatedly delayed the ratification vote
R? se CRITICIZES hu asserted | citing Swedish criticism of Hungarian democracy
R kristersson AIDS hu asserted | Kristersson travelled to Budapest on February 23 and agreed to sell four more Gripen fighter jets to Hungary
R? se AIDS hu asserted | agreed to sell four more Gripen fighter jets to Hungary
R? kristersson MEETS hu asserted | Kristersson travelled to Budapest on February 23
R ru ATTACKS se proposed | Moscow has warned that it would respond with "military-technical measures" to the enlargement
R? ru CRITICIZES se asserted | Moscow has warned that it would respond
R rumfa ATTACKS se proposed | Russia's foreign ministry said Sweden's membership would not go unanswered
R? rumfa CRITICIZES se asserted | Russia's foreign ministry said Sweden's membership would not go unanswered
R? rumfa LOCATED_IN ru asserted | Russia's foreign ministry
R medvedev HOLDS_POSITION rusc asserted | Dmitry Medvedev, the deputy chairman of the Security Council
R? medvedev HOLDS_POSITION ru asserted | Dmitry Medvedev, the deputy chairman of the Security Council
R? rusc LOCATED_IN ru asserted | the Security Council
R? gotland LOCATED_IN baltic asserted | Gotland, the island in the middle of the Baltic
R? gotland LOCATED_IN se asserted | Gotland ... can now be defended
R? se COOPERATES_WITH fi asserted | the Swedish navy will train with its Finnish, Polish and German counterparts
R? se COOPERATES_WITH pl asserted | the Swedish navy will train with its Finnish, Polish and German counterparts
R? se COOPERATES_WITH de asserted | the Swedish navy will train with its Finnish, Polish and German counterparts
R? se AIDS lv proposed | Sweden also plans to contribute troops to the NATO battlegroup in Latvia
R? se PARTICIPATES_IN battlegroup proposed | contribute troops to the NATO battlegroup in Latvia
R? battlegroup LOCATED_IN lv asserted | the NATO battlegroup in Latvia
R? battlegroup MEMBER_OF nato asserted | the NATO battlegroup
R? hu OPPOSES ua hypothetical | Budapest might use the same veto over aid to Ukraine
R? hu AIDS ua negated | Budapest might use the same veto over aid to Ukraine
R? orban OPPOSES ua hypothetical | Orbán signalled that Budapest might use the same veto over aid to Ukraine

DOC 21_syria-after-assad 2025-06-12
E sy LOCATION Syria | Syria; Syrian; Damascus; DAMASCUS
E assad PERSON Bashar al-Assad | Bashar al-Assad; Assad
E ru LOCATION Russia | Russia; Moscow
E sharaa PERSON Ahmed al-Sharaa | Ahmed al-Sharaa; al-Sharaa; Al-Sharaa
E hts ORGANIZATION Hayat Tahrir al-Sham | Hayat Tahrir al-Sham; HTS
E us LOCATION United States | Washington; United States; U.S.
E trump PERSON Donald Trump | Donald Trump
E sa LOCATION Saudi Arabia | Riyadh; Saudi; Saudi Arabia
E mbs PERSON Mohammed bin Salman | Mohammed bin Salman
E tr LOCATION Turkey | Turkey; Turkish; Ankara
E erdogan PERSON Recep Tayyip Erdoğan | Recep Tayyip Erdoğan
E treasury ORGANIZATION U.S. Department of the Treasury | Treasury
E caesar SANCTION Caesar Act | Caesar Act
E congress ORGANIZATION United States Congress | Congress
E eu ORGANIZATION European Union | European Union
E ussanctions SANCTION U.S. sanctions on Syria | sanctions | keys: sanctions
E eusanctions SANCTION EU economic sanctions on Syria | economic sanctions | keys: sanctions
E sna ORGANIZATION Syrian National Army | Syrian National Army
E kalin PERSON İbrahim Kalın | İbrahim Kalın
E il LOCATION Israel | Israel; Israeli
E golan LOCATION Golan Heights | Golan Heights
E netanyahu PERSON Benjamin Netanyahu | Benjamin Netanyahu
E tartus LOCATION Tartus | Tartus
E bogdanov PERSON Mikhail Bogdanov | Mikhail Bogdanov
E ir LOCATION Iran | Iran; Tehran
E hezbollah ORGANIZATION Hezbollah | Hezbollah
E lb LOCATION Lebanon | Lebanon
E sdf ORGANIZATION Syrian Democratic Forces | Syrian Democratic Forces; SDF
E abdi PERSON Mazloum Abdi | Mazloum Abdi
E manbij LOCATION Manbij | Manbij
E un ORGANIZATION United Nations | United Nations
E qa LOCATION Qatar | Qatar
E wb ORGANIZATION World Bank | World Bank
E? hmeimim LOCATION Hmeimim | Hmeimim
E? offensive EVENT HTS offensive on Damascus | offensive | keys: offensive
E? war EVENT Syrian civil war | war | keys: war
E? talks EVENT Turkish-Syrian talks on air bases | talks | keys: talks
E? agreement EVENT SDF-Damascus agreement | agreement | keys: agreement
E? strikes EVENT Israeli strikes in Syria | strikes | keys: strikes
E? clashes EVENT clashes near Manbij | clashes | keys: clashes
E? violence EVENT coastal violence against Alawites | violence | keys: violence
E? gulf LOCATION Gulf | Gulf; the Gulf
E? kurds LOCATION Kurdistan | Kurdish
E? alawite LOCATION Alawite | Alawite
R? assad LOCATED_IN ru asserted | Bashar al-Assad fled to Moscow
R? assad HOLDS_POSITION sy asserted | toppling a dictator
R sharaa HOLDS_POSITION sy asserted | The interim president, Ahmed al-Sharaa
R? sharaa MEMBER_OF hts asserted | whose Hayat Tahrir al-Sham (HTS) led the offensive
R? sharaa HOLDS_POSITION hts asserted | whose Hayat Tahrir al-Sham (HTS) led the offensive
R? hts PARTICIPATES_IN offensive asserted | HTS led the offensive that reached Damascus
R? offensive LOCATED_IN sy asserted | the offensive that reached Damascus
R trump HOLDS_POSITION us asserted | President Donald Trump
R? trump LOCATED_IN sa asserted | Trump announced in Riyadh
R? us SANCTIONS sy asserted | the United States would lift its sanctions on Syria
R ussanctions ENACTED_BY us asserted | the United States would lift its sanctions on Syria
R ussanctions TARGETS sy asserted | its sanctions on Syria
R trump MEETS sharaa asserted | the next day he met al-Sharaa there
R mbs HOLDS_POSITION sa asserted | Saudi Crown Prince Mohammed bin Salman
R erdogan HOLDS_POSITION tr asserted | Turkish President Recep Tayyip Erdoğan
R? mbs MEETS sharaa asserted | with Saudi Crown Prince Mohammed bin Salman at his side
R? mbs MEETS trump asserted | with Saudi Crown Prince Mohammed bin Salman at his side
R? erdogan MEETS trump asserted | Turkish President Recep Tayyip Erdoğan joining by phone
R? erdogan MEETS sharaa asserted | Turkish President Recep Tayyip Erdoğan joining by phone
R? treasury LOCATED_IN us asserted | The Treasury issued a general licence
R caesar ENACTED_BY congress asserted | the Caesar Act, which Congress passed in 2019
R? caesar ENACTED_BY us asserted | the Caesar Act, which Congress passed in 2019
R? caesar TARGETS sy asserted | the Caesar Act ... remains on the books
R? congress FOUNDED caesar asserted | the Caesar Act, which Congress passed in 2019
R eusanctions ENACTED_BY eu asserted | The European Union lifted its economic sanctions on May 20
R? eusanctions TARGETS sy asserted | The European Union lifted its economic sanctions
R? eu SANCTIONS sy asserted | The European Union lifted its economic sanctions on May 20 but kept measures against individuals
R tr COOPERATES_WITH sy asserted | Turkey is the new government's closest partner
R tr SUPPORTS sna asserted | Ankara backed the Syrian National Army through years of war
R? tr AIDS sna asserted | Ankara backed the Syrian National Army through years of war
R? sna PARTICIPATES_IN war asserted | through years of war
R? tr PARTICIPATES_IN war asserted | through years of war
R kalin HOLDS_POSITION tr asserted | its intelligence chief, İbrahim Kalın
R? kalin MEETS sy asserted | among the first foreign officials to visit Damascus
R? tr AIDS sy proposed | Turkish officials have offered to train the new Syrian army
R? tr MEETS sy asserted | are in talks about air bases
R? tr PARTICIPATES_IN talks asserted | are in talks about air bases
R? il OPPOSES tr asserted | That prospect alarms Israel
R il ATTACKS sy asserted | Israeli forces ... have since struck military sites across Syria
R? il ATTACKS golan asserted | Israeli forces moved into the buffer zone on the Golan Heights
R? il LOCATED_IN golan asserted | Israeli forces moved into the buffer zone on the Golan Heights
R? golan LOCATED_IN sy asserted | the Golan Heights
R? il PARTICIPATES_IN strikes asserted | condemned the strikes
R? strikes LOCATED_IN sy asserted | struck military sites across Syria
R netanyahu HOLDS_POSITION il asserted | Prime Minister Benjamin Netanyahu has said Israel will not allow
R? il OPPOSES sy asserted | Israel will not allow hostile forces in southern Syria
R? netanyahu OPPOSES sy asserted | Israel will not allow hostile forces in southern Syria
R sharaa CRITICIZES il asserted | Al-Sharaa has condemned the strikes
R? sharaa CRITICIZES strikes asserted | Al-Sharaa has condemned the strikes
R? sharaa ATTACKS il negated | avoided any military response
R? ru SUPPORTS assad asserted | Russia, which kept Assad in power for almost a decade
R? ru AIDS assad asserted | Russia, which kept Assad in power for almost a decade
R? ru AIDS sy asserted | Russia, which kept Assad in power
R? tartus LOCATED_IN sy asserted | its naval base at Tartus
R? ru LOCATED_IN tartus asserted | its naval base at Tartus
R? ru LOCATED_IN hmeimim asserted | the Hmeimim air base
R? hmeimim LOCATED_IN sy asserted | the Hmeimim air base
R bogdanov HOLDS_POSITION ru asserted | Its deputy foreign minister, Mikhail Bogdanov
R bogdanov MEETS sy asserted | Mikhail Bogdanov, travelled to Damascus in January
R? ru MEETS sy asserted | Mikhail Bogdanov, travelled to Damascus in January
R? ru LOCATED_IN sy asserted | Moscow has not withdrawn its forces
R? ir AIDS hezbollah negated | Iran ... has lost the land bridge to Hezbollah in Lebanon
R? ir COOPERATES_WITH hezbollah asserted | the land bridge to Hezbollah in Lebanon
R hezbollah LOCATED_IN lb asserted | Hezbollah in Lebanon
R? ir COOPERATES_WITH sy negated | Tehran has no embassy open in Damascus
R us SUPPORTS sdf asserted | The Kurdish-led Syrian Democratic Forces (SDF), still backed by U.S. troops in the northeast
R? us AIDS sdf asserted | still backed by U.S. troops in the northeast
R? sdf COOPERATES_WITH sy asserted | signed an agreement with the government in March
R? sdf PARTICIPATES_IN agreement asserted | signed an agreement with the government in March
R? sy PARTICIPATES_IN agreement asserted | signed an agreement with the government in March
R abdi HOLDS_POSITION sdf asserted | Its commander, Mazloum Abdi
R? clashes LOCATED_IN manbij asserted | clashes between SDF units and Turkish-backed factions continue near Manbij
R? sdf PARTICIPATES_IN clashes asserted | clashes between SDF units and Turkish-backed factions
R? tr SUPPORTS sdf negated | Turkish-backed factions
R? violence LOCATED_IN sy asserted | The violence that killed hundreds of Alawite civilians on the coast
R? un CRITICIZES sy proposed | The United Nations has called for an independent investigation
R? un OPPOSES violence asserted | called for an independent investigation
R qa AIDS sy asserted | Qatar and Saudi Arabia have already paid off Syria's debts to the World Bank
R sa AIDS sy asserted | Qatar and Saudi Arabia have already paid off Syria's debts to the World Bank
R? sy MEMBER_OF wb asserted | Syria's debts to the World Bank
R? qa AIDS wb asserted | paid off Syria's debts to the World Bank
R? sa AIDS wb asserted | paid off Syria's debts to the World Bank

DOC 22_yerevan-turns-west 2025-09-03
E am LOCATION Armenia | Armenia; Armenian; Armenians; Yerevan
E ru LOCATION Russia | Russia; Russian; Moscow
E az LOCATION Azerbaijan | Azerbaijan; Azerbaijani; Baku
E nk LOCATION Nagorno-Karabakh | Nagorno-Karabakh; Karabakh
E pashinyan PERSON Nikol Pashinyan | Nikol Pashinyan; Pashinyan
E csto ORGANIZATION Collective Security Treaty Organization | Collective Security Treaty Organization; CSTO; the bloc
E eaeu ORGANIZATION Eurasian Economic Union | Eurasian Economic Union
E na ORGANIZATION National Assembly of Armenia | National Assembly
E eu ORGANIZATION European Union | European Union; Brussels
E wh ORGANIZATION White House | White House
E trump PERSON Donald Trump | Donald Trump
E aliyev PERSON Ilham Aliyev | Ilham Aliyev; Aliyev
E us LOCATION United States | American; Washington
E nakhchivan LOCATION Nakhchivan | Nakhchivan
E ir LOCATION Iran | Iran
E sc LOCATION South Caucasus | South Caucasus
E velayati PERSON Ali Akbar Velayati | Ali Akbar Velayati
E khamenei PERSON Ali Khamenei | Ali Khamenei
E zakharova PERSON Maria Zakharova | Maria Zakharova
E rumfa ORGANIZATION Ministry of Foreign Affairs of Russia | Foreign Ministry
E gyumri LOCATION Gyumri | Gyumri
E gazprom ORGANIZATION Gazprom | Gazprom
E hakobyan PERSON Narine Hakobyan | Narine Hakobyan
E scpf ORGANIZATION South Caucasus Policy Forum | South Caucasus Policy Forum
E tbilisi LOCATION Tbilisi | Tbilisi
E agreement EVENT Armenia-Azerbaijan peace agreement | peace agreement | keys: agreement
E sanctions SANCTION Western sanctions on Russia | Western sanctions | keys: sanctions
E? tripp LOCATION Trump Route for International Peace and Prosperity | Trump Route for International Peace and Prosperity
E? epf ORGANIZATION European Peace Facility | European Peace Facility
E? offensive EVENT Azerbaijani offensive in Nagorno-Karabakh | offensive; one-day offensive | keys: offensive
E? summit EVENT CSTO summits | summit | keys: summit
E? talks EVENT EU membership talks | membership talks; talks | keys: talks
E? referendum EVENT constitutional referendum | referendum | keys: referendum
E? elections EVENT Armenian parliamentary elections | parliamentary elections; elections | keys: elections
E? mission ORGANIZATION EU Mission in Armenia | civilian monitoring mission; mission
E? dialogue EVENT visa liberalisation dialogue | dialogue | keys: dialogue
E? ge LOCATION Georgia | Georgia
R pashinyan HOLDS_POSITION am asserted | Prime Minister Nikol Pashinyan
R az ATTACKS nk asserted | Azerbaijan retook Nagorno-Karabakh in a one-day offensive
R? az PARTICIPATES_IN offensive asserted | Azerbaijan retook Nagorno-Karabakh in a one-day offensive
R? offensive LOCATED_IN nk asserted | retook Nagorno-Karabakh in a one-day offensive
R? am COOPERATES_WITH ru asserted | Armenia treated Russia as the guarantor of its survival
R? am MEMBER_OF csto asserted | it has not formally left the bloc
R? pashinyan CRITICIZES csto asserted | Pashinyan announced that Armenia had frozen its participation
R am MEMBER_OF eaeu asserted | it remains a member of the Eurasian Economic Union
R? am PARTICIPATES_IN summit negated | skipped every summit since
R? am MEMBER_OF eu proposed | a law that declares the start of a process of accession to the European Union
R? na LOCATED_IN am asserted | the National Assembly passed a law
R? eu PRAISES am asserted | Brussels welcomed the vote
R? eu PRAISES na asserted | Brussels welcomed the vote
R? eu MEETS am negated | has not opened membership talks
R? eu PARTICIPATES_IN talks negated | has not opened membership talks
R trump HOLDS_POSITION us asserted | President Donald Trump
R trump MEETS pashinyan asserted | President Donald Trump hosted Pashinyan and Azerbaijani President Ilham Aliyev
R trump MEETS aliyev asserted | President Donald Trump hosted Pashinyan and Azerbaijani President Ilham Aliyev
R aliyev HOLDS_POSITION az asserted | Azerbaijani President Ilham Aliyev
R? pashinyan MEETS aliyev asserted | The two leaders initialled a peace agreement
R? pashinyan PARTICIPATES_IN agreement asserted | The two leaders initialled a peace agreement
R? aliyev PARTICIPATES_IN agreement asserted | The two leaders initialled a peace agreement
R? am PARTICIPATES_IN agreement asserted | The two leaders initialled a peace agreement
R? az PARTICIPATES_IN agreement asserted | The two leaders initialled a peace agreement
R? am COOPERATES_WITH az asserted | initialled a peace agreement
R? trump PARTICIPATES_IN agreement asserted | initialled a peace agreement
R? trump LOCATED_IN wh asserted | at the White House, where President Donald Trump hosted
R? tripp LOCATED_IN am asserted | a transit route through southern Armenia
R? nakhchivan LOCATED_IN az asserted | its exclave of Nakhchivan
R? az OPPOSES am asserted | Baku had long demanded an unimpeded corridor
R? ir BORDERS am asserted | Iran, which borders the region the route would cross
R? ir OPPOSES sc proposed | it would oppose any change to the borders of the South Caucasus
R? ir OPPOSES tripp proposed | warned that it would oppose any change
R? velayati HOLDS_POSITION ir asserted | an adviser to Supreme Leader Ali Khamenei
R? velayati WORKS_FOR khamenei asserted | an adviser to Supreme Leader Ali Khamenei
R khamenei HOLDS_POSITION ir asserted | Supreme Leader Ali Khamenei
R? velayati CRITICIZES tripp asserted | threatened that the corridor would become a graveyard
R zakharova HOLDS_POSITION rumfa asserted | Foreign Ministry spokeswoman Maria Zakharova
R? zakharova WORKS_FOR rumfa asserted | Foreign Ministry spokeswoman Maria Zakharova
R? zakharova HOLDS_POSITION ru asserted | Foreign Ministry spokeswoman Maria Zakharova
R? rumfa LOCATED_IN ru asserted | Foreign Ministry
R? ru SUPPORTS agreement asserted | Russia supported any agreement that brought peace
R? zakharova SUPPORTS agreement asserted | Russia supported any agreement that brought peace
R? ru LOCATED_IN gyumri asserted | Its 102nd military base in Gyumri
R? gyumri LOCATED_IN am asserted | Its 102nd military base in Gyumri
R? ru AIDS am asserted | Russian border guards patrolled the frontier with Iran
R? ru BORDERS ir asserted | the frontier with Iran
R? gazprom LOCATED_IN ru asserted | Gazprom owns the country's gas network
R? am AIDS ru asserted | Armenian exports to Russia have tripled
R? sanctions TARGETS ru asserted | goods that Western sanctions keep out of Russia
R? pashinyan COOPERATES_WITH us proposed | Pashinyan should resist the temptation to treat Washington as a new guarantor
R? aliyev CRITICIZES am proposed | Aliyev has said that Armenia must first change its constitution
R? aliyev OPPOSES am proposed | Aliyev has said that Armenia must first change its constitution
R? referendum LOCATED_IN am asserted | A referendum on a new constitution is planned for 2027
R? pashinyan PARTICIPATES_IN elections hypothetical | parliamentary elections that Pashinyan could lose
R? eu AIDS am asserted | Brussels approved 10 million euros of military aid under the European Peace Facility
R? eu PARTICIPATES_IN mission asserted | Its civilian monitoring mission along the border with Azerbaijan
R? mission MEMBER_OF eu asserted | Its civilian monitoring mission
R? am BORDERS az asserted | the border with Azerbaijan
R? epf MEMBER_OF eu asserted | the European Peace Facility
R hakobyan WORKS_FOR scpf asserted | Narine Hakobyan is a senior fellow at the South Caucasus Policy Forum in Tbilisi
R scpf LOCATED_IN tbilisi asserted | the South Caucasus Policy Forum in Tbilisi
R? tbilisi LOCATED_IN ge asserted | in Tbilisi

DOC 23_india-pakistan-four-days 2025-08-14
E in LOCATION India | India; Indian; New Delhi; NEW DELHI
E pk LOCATION Pakistan | Pakistan; Pakistani; Islamabad
E pahalgam LOCATION Pahalgam | Pahalgam
E kashmir LOCATION Kashmir | Kashmir
E trf ORGANIZATION The Resistance Front | The Resistance Front; Resistance Front
E let ORGANIZATION Lashkar-e-Taiba | Lashkar-e-Taiba
E attack EVENT Pahalgam attack | the attack; attack | keys: attack
E loc LOCATION Line of Control | Line of Control
E cn LOCATION China | China; Chinese; Beijing
E ceasefire EVENT India-Pakistan ceasefire | ceasefire | keys: ceasefire
E trump PERSON Donald Trump | Donald Trump; Trump
E us LOCATION United States | American; Washington
E modi PERSON Narendra Modi | Narendra Modi
E sharif PERSON Shehbaz Sharif | Shehbaz Sharif
E munir PERSON Asim Munir | Asim Munir
E wh ORGANIZATION White House | White House
E state ORGANIZATION U.S. Department of State | State Department
E ru LOCATION Russia | Russian
E wangyi PERSON Wang Yi | Wang Yi
E dar PERSON Ishaq Dar | Ishaq Dar
E jaishankar PERSON Subrahmanyam Jaishankar | Subrahmanyam Jaishankar
E wb ORGANIZATION World Bank | World Bank
E? iwt EVENT Indus Waters Treaty | Indus Waters Treaty
E? sindoor EVENT Operation Sindoor | Operation Sindoor
E? nobel EVENT Nobel Peace Prize | Nobel Peace Prize
E? tariff SANCTION U.S. tariff on Indian goods | tariff | keys: tariff
E? meeting EVENT Trump-Munir meeting | meeting | keys: meeting
E? fighting EVENT India-Pakistan fighting | fighting | keys: fighting
E? crisis EVENT next crisis | crisis | keys: crisis
E? killing EVENT killing of 26 civilians | killing | keys: killing
E? war EVENT nuclear war | nuclear war; war | keys: war
R? in PARTICIPATES_IN fighting asserted | fighting between India and Pakistan
R? pk PARTICIPATES_IN fighting asserted | fighting between India and Pakistan
R? attack LOCATED_IN pahalgam asserted | near Pahalgam in Indian-administered Kashmir
R? attack LOCATED_IN kashmir asserted | near Pahalgam in Indian-administered Kashmir
R? killing LOCATED_IN pahalgam asserted | near Pahalgam in Indian-administered Kashmir
R? killing LOCATED_IN kashmir asserted | near Pahalgam in Indian-administered Kashmir
R? pahalgam LOCATED_IN kashmir asserted | near Pahalgam in Indian-administered Kashmir
R? trf PARTICIPATES_IN attack asserted | The Resistance Front ... initially claimed the attack
R? trf MEMBER_OF let asserted | which New Delhi regards as a front for the Pakistan-based Lashkar-e-Taiba
R let LOCATED_IN pk asserted | the Pakistan-based Lashkar-e-Taiba
R? in CRITICIZES trf asserted | which New Delhi regards as a front
R in CRITICIZES pk asserted | India accused Pakistan of sponsoring cross-border terrorism
R? in OPPOSES iwt asserted | put the Indus Waters Treaty "in abeyance"
R? in PARTICIPATES_IN iwt asserted | put the Indus Waters Treaty "in abeyance"
R in ATTACKS pk asserted | India struck nine sites in Pakistan and Pakistan-administered Kashmir
R? in ATTACKS kashmir asserted | India struck nine sites in Pakistan and Pakistan-administered Kashmir
R? in PARTICIPATES_IN sindoor asserted | in what it called Operation Sindoor
R pk ATTACKS in asserted | Pakistan shelled villages ... and sent swarms of drones towards Indian cities
R? pk ATTACKS loc asserted | Pakistan shelled villages along the Line of Control
R? in LOCATED_IN loc asserted | villages along the Line of Control
R? cn AIDS pk asserted | its Chinese-made J-10C jets
R? in PARTICIPATES_IN ceasefire asserted | A ceasefire took hold on May 10
R? pk PARTICIPATES_IN ceasefire asserted | A ceasefire took hold on May 10
R? trump PARTICIPATES_IN ceasefire asserted | President Donald Trump announced it first
R? us PARTICIPATES_IN ceasefire asserted | American mediation had averted a nuclear war
R trump HOLDS_POSITION us asserted | President Donald Trump
R modi HOLDS_POSITION in asserted | Prime Minister Narendra Modi
R? modi CRITICIZES trump asserted | Modi has rejected that account
R? modi OPPOSES trump asserted | Modi has rejected that account
R sharif HOLDS_POSITION pk asserted | Pakistani Prime Minister Shehbaz Sharif
R sharif PRAISES trump asserted | Shehbaz Sharif thanked Trump
R? sharif SUPPORTS trump asserted | even nominated him for the Nobel Peace Prize
R? sharif PARTICIPATES_IN nobel asserted | nominated him for the Nobel Peace Prize
R? trump PARTICIPATES_IN nobel asserted | nominated him for the Nobel Peace Prize
R trump MEETS munir asserted | Trump hosted Field Marshal Asim Munir, Pakistan's army chief, for lunch at the White House
R munir HOLDS_POSITION pk asserted | Field Marshal Asim Munir, Pakistan's army chief
R? trump LOCATED_IN wh asserted | for lunch at the White House
R? munir LOCATED_IN wh asserted | for lunch at the White House
R? trump PARTICIPATES_IN meeting asserted | the first such meeting
R? munir PARTICIPATES_IN meeting asserted | the first such meeting
R? meeting LOCATED_IN wh asserted | the first such meeting
R state SANCTIONS trf asserted | the State Department designated The Resistance Front as a foreign terrorist organisation
R? us SANCTIONS trf asserted | the State Department designated The Resistance Front as a foreign terrorist organisation
R? state LOCATED_IN us asserted | the State Department
R? state OPPOSES trf asserted | designated The Resistance Front as a foreign terrorist organisation
R? state CRITICIZES trf asserted | designated The Resistance Front as a foreign terrorist organisation
R us SANCTIONS in asserted | Washington has since imposed a 50 percent tariff on Indian goods
R? tariff ENACTED_BY us asserted | Washington has since imposed a 50 percent tariff
R? tariff TARGETS in asserted | a 50 percent tariff on Indian goods
R? ru AIDS in asserted | India's purchases of Russian oil
R? in COOPERATES_WITH ru asserted | India's purchases of Russian oil
R? us CRITICIZES in asserted | citing India's purchases of Russian oil
R cn COOPERATES_WITH pk asserted | China, for its part, has moved closer to Pakistan
R wangyi HOLDS_POSITION cn asserted | Foreign Minister Wang Yi
R wangyi MEETS dar asserted | Wang Yi hosted his Pakistani counterpart, Ishaq Dar, in Beijing
R dar HOLDS_POSITION pk asserted | his Pakistani counterpart, Ishaq Dar
R? dar LOCATED_IN cn asserted | in Beijing
R? cn MEETS pk asserted | Wang Yi hosted his Pakistani counterpart, Ishaq Dar, in Beijing
R? cn PRAISES pk asserted | Chinese state media celebrated the performance of Chinese weapons
R jaishankar HOLDS_POSITION in asserted | India's external affairs minister, Subrahmanyam Jaishankar
R? in OPPOSES us asserted | New Delhi will not accept third-party mediation on Kashmir
R? wb PARTICIPATES_IN iwt asserted | which the World Bank helped broker in 1960
R? pk PARTICIPATES_IN iwt asserted | The Indus Waters Treaty

DOC 24_snapback-and-after 2025-10-06
E un ORGANIZATION United Nations | United Nations; UN
E ir LOCATION Iran | Iran; Iranian; Tehran
E unsanc SANCTION UN sanctions on Iran | sanctions; United Nations sanctions | keys: sanctions
E jcpoa EVENT 2015 nuclear deal | nuclear deal | keys: deal
E fr LOCATION France | France
E de LOCATION Germany | Germany
E gb LOCATION United Kingdom | United Kingdom
E e3 ORGANIZATION E3 | E3
E ru LOCATION Russia | Russian; Moscow
E cn LOCATION China | Chinese; Beijing
E unsc ORGANIZATION UN Security Council | Security Council
E eu ORGANIZATION European Union | European Union
E eusanc SANCTION EU nuclear-related sanctions on Iran | nuclear-related sanctions | keys: sanctions
E war EVENT twelve-day war | twelve-day war; war | keys: war
E il LOCATION Israel | Israel; Israeli
E irgc ORGANIZATION Islamic Revolutionary Guard Corps | Islamic Revolutionary Guard Corps
E us LOCATION United States | American; U.S.; Washington; United States
E fordow LOCATION Fordow | Fordow
E natanz LOCATION Natanz | Natanz
E qa LOCATION Qatar | Qatar
E trump PERSON Donald Trump | Donald Trump
E iaea ORGANIZATION International Atomic Energy Agency | International Atomic Energy Agency; IAEA; the agency
E grossi PERSON Rafael Grossi | Rafael Grossi; Grossi
E araghchi PERSON Abbas Araghchi | Abbas Araghchi
E eg LOCATION Egypt | Cairo
E pezeshkian PERSON Masoud Pezeshkian | Masoud Pezeshkian
E khamenei PERSON Ali Khamenei | Ali Khamenei
E npt ORGANIZATION Treaty on the Non-Proliferation of Nuclear Weapons | Nuclear Non-Proliferation Treaty; NPT
E moradi PERSON Leila Moradi | Leila Moradi
E glsc ORGANIZATION Gulf and Levant Studies Centre | Gulf and Levant Studies Centre
E london LOCATION London | London
E? snapback SANCTION snapback mechanism | snapback; snapback mechanism | keys: snapback
E? resolution EVENT Russian-Chinese draft resolution | draft resolution; resolution | keys: resolution
E? embargo SANCTION UN arms embargo on Iran | arms embargo | keys: embargo
E? freeze SANCTION UN asset freeze on Iranian individuals | asset freeze | keys: freeze
E? udeid LOCATION Al Udeid air base | Al Udeid
E? ceasefire EVENT Iran-Israel ceasefire | ceasefire | keys: ceasefire
E? attacks EVENT Iranian missile attacks on Israeli cities | missile attacks; attacks | keys: attacks
E? strike EVENT Iranian strike on Al Udeid | strike | keys: strike
E? strikes EVENT strikes on Iran | strikes | keys: strikes
E? talks EVENT Iran-US talks | talks; negotiations | keys: talks
E? majlis ORGANIZATION Islamic Consultative Assembly | parliament
E? europe LOCATION Europe | European
R unsanc TARGETS ir asserted | the United Nations sanctions on Iran
R unsanc ENACTED_BY un asserted | the United Nations sanctions on Iran
R? unsanc ENACTED_BY unsc asserted | the United Nations sanctions on Iran
R? un SANCTIONS ir asserted | the United Nations sanctions on Iran
R? ir PARTICIPATES_IN jcpoa asserted | lifted under the 2015 nuclear deal
R? fr PARTICIPATES_IN jcpoa asserted | the three European parties to the agreement
R? de PARTICIPATES_IN jcpoa asserted | the three European parties to the agreement
R? gb PARTICIPATES_IN jcpoa asserted | the three European parties to the agreement
R? fr MEMBER_OF e3 asserted | the three European parties to the agreement known as the E3
R? de MEMBER_OF e3 asserted | the three European parties to the agreement known as the E3
R? gb MEMBER_OF e3 asserted | the three European parties to the agreement known as the E3
R? fr SANCTIONS ir asserted | had triggered the "snapback" mechanism
R? de SANCTIONS ir asserted | had triggered the "snapback" mechanism
R? gb SANCTIONS ir asserted | had triggered the "snapback" mechanism
R? e3 SANCTIONS ir asserted | had triggered the "snapback" mechanism
R fr CRITICIZES ir asserted | accusing Tehran of violating its commitments
R de CRITICIZES ir asserted | accusing Tehran of violating its commitments
R gb CRITICIZES ir asserted | accusing Tehran of violating its commitments
R? e3 CRITICIZES ir asserted | accusing Tehran of violating its commitments
R? ru OPPOSES unsanc asserted | A last-minute Russian and Chinese draft resolution to delay the return of the measures
R? cn OPPOSES unsanc asserted | A last-minute Russian and Chinese draft resolution to delay the return of the measures
R? ru PARTICIPATES_IN resolution asserted | A last-minute Russian and Chinese draft resolution
R? cn PARTICIPATES_IN resolution asserted | A last-minute Russian and Chinese draft resolution
R? ru MEMBER_OF unsc asserted | failed in the Security Council
R? cn MEMBER_OF unsc asserted | failed in the Security Council
R? resolution LOCATED_IN unsc asserted | failed in the Security Council
R? embargo TARGETS ir asserted | an arms embargo
R? freeze TARGETS ir asserted | an asset freeze on dozens of Iranian individuals and entities
R eusanc ENACTED_BY eu asserted | The European Union reinstated its own nuclear-related sanctions
R? eu SANCTIONS ir asserted | The European Union reinstated its own nuclear-related sanctions
R? eusanc TARGETS ir asserted | its own nuclear-related sanctions
R? ru OPPOSES snapback asserted | Moscow and Beijing, however, insist that the snapback was legally void
R? cn OPPOSES snapback asserted | Moscow and Beijing, however, insist that the snapback was legally void
R? ru SANCTIONS ir negated | they will not enforce it
R? cn SANCTIONS ir negated | they will not enforce it
R? ir AIDS cn asserted | Iranian oil will keep flowing to Chinese refineries
R? ir COOPERATES_WITH cn asserted | Iranian oil will keep flowing to Chinese refineries
R? il PARTICIPATES_IN war asserted | the twelve-day war in June
R? ir PARTICIPATES_IN war asserted | the twelve-day war in June
R? us PARTICIPATES_IN war asserted | the twelve-day war in June
R il ATTACKS ir asserted | Israel struck nuclear and military sites across Iran on June 13
R? il ATTACKS irgc asserted | killing senior commanders of the Islamic Revolutionary Guard Corps
R? irgc LOCATED_IN ir asserted | the Islamic Revolutionary Guard Corps
R us ATTACKS fordow asserted | American B-2 bombers hit the enrichment plants at Fordow and Natanz
R us ATTACKS natanz asserted | American B-2 bombers hit the enrichment plants at Fordow and Natanz
R? us ATTACKS ir asserted | American B-2 bombers hit the enrichment plants at Fordow and Natanz
R? fordow LOCATED_IN ir asserted | the enrichment plants at Fordow
R? natanz LOCATED_IN ir asserted | the enrichment plants at Natanz
R ir ATTACKS il asserted | Iran retaliated with missile attacks on Israeli cities
R? ir ATTACKS udeid asserted | a limited strike on the Al Udeid air base in Qatar
R? ir ATTACKS qa asserted | a limited strike on the Al Udeid air base in Qatar
R? ir ATTACKS us asserted | the Al Udeid air base in Qatar, which hosts U.S. forces
R? udeid LOCATED_IN qa asserted | the Al Udeid air base in Qatar
R? qa COOPERATES_WITH us asserted | the Al Udeid air base in Qatar, which hosts U.S. forces
R? qa AIDS us asserted | which hosts U.S. forces
R? us LOCATED_IN qa asserted | which hosts U.S. forces
R? strike LOCATED_IN qa asserted | a limited strike on the Al Udeid air base in Qatar
R? ir PARTICIPATES_IN strike asserted | a limited strike on the Al Udeid air base in Qatar
R? ir PARTICIPATES_IN attacks asserted | missile attacks on Israeli cities
R trump HOLDS_POSITION us asserted | President Donald Trump
R? trump PARTICIPATES_IN ceasefire asserted | President Donald Trump announced a ceasefire
R ir COOPERATES_WITH iaea negated | Tehran then suspended its cooperation with the International Atomic Energy Agency
R grossi HOLDS_POSITION iaea asserted | Rafael Grossi, the agency's director general
R araghchi HOLDS_POSITION ir asserted | Foreign Minister Abbas Araghchi
R araghchi MEETS grossi asserted | Foreign Minister Abbas Araghchi met Grossi in Cairo in September
R? araghchi LOCATED_IN eg asserted | met Grossi in Cairo
R? grossi LOCATED_IN eg asserted | met Grossi in Cairo
R? ir MEETS iaea asserted | met Grossi in Cairo in September and signed a framework
R pezeshkian HOLDS_POSITION ir asserted | President Masoud Pezeshkian
R? ir MEETS us hypothetical | would return to talks if Washington guaranteed
R khamenei HOLDS_POSITION ir asserted | Supreme Leader Ali Khamenei
R? khamenei MEETS us negated | Ali Khamenei has rejected direct negotiations with the United States
R? khamenei OPPOSES us asserted | Ali Khamenei has rejected direct negotiations with the United States
R? ir MEMBER_OF npt proposed | demanded that Iran withdraw from the Nuclear Non-Proliferation Treaty
R? majlis OPPOSES npt proposed | Hardliners in parliament have demanded that Iran withdraw
R moradi WORKS_FOR glsc asserted | Leila Moradi is a nonresident fellow at the Gulf and Levant Studies Centre in London
R glsc LOCATED_IN london asserted | the Gulf and Levant Studies Centre in London
R? london LOCATED_IN gb asserted | in London

DOC 25_central-asia-courted 2025-11-18
E ca LOCATION Central Asia | Central Asia; Central Asian
E xi PERSON Xi Jinping | Xi Jinping; Xi
E kz LOCATION Kazakhstan | Kazakhstan; Astana; Kazakh
E trump PERSON Donald Trump | Donald Trump; Trump
E us LOCATION United States | Washington; American
E summit EVENT second China-Central Asia summit | China-Central Asia summit; summit | keys: summit
E tokayev PERSON Kassym-Jomart Tokayev | Kassym-Jomart Tokayev; Tokayev
E uz LOCATION Uzbekistan | Uzbekistan
E mirziyoyev PERSON Shavkat Mirziyoyev | Shavkat Mirziyoyev
E kg LOCATION Kyrgyzstan | Kyrgyzstan; Bishkek
E japarov PERSON Sadyr Japarov | Sadyr Japarov
E tj LOCATION Tajikistan | Tajikistan; Dushanbe
E rahmon PERSON Emomali Rahmon | Emomali Rahmon
E tm LOCATION Turkmenistan | Turkmenistan
E berdimuhamedov PERSON Serdar Berdimuhamedov | Serdar Berdimuhamedov
E cn LOCATION China | China; Beijing
E wh ORGANIZATION White House | White House
E c51 ORGANIZATION C5+1 | C5+1
E boeing ORGANIZATION Boeing | Boeing
E uzair ORGANIZATION Uzbekistan Airways | Uzbekistan Airways
E cove ORGANIZATION Cove Kaz Capital | Cove Kaz Capital
E abraham ORGANIZATION Abraham Accords | Abraham Accords
E il LOCATION Israel | Israel
E ru LOCATION Russia | Russia; Moscow; Russian
E putin PERSON Vladimir Putin | Vladimir Putin
E cis ORGANIZATION Commonwealth of Independent States | Commonwealth of Independent States
E aliyev PERSON Ilham Aliyev | Ilham Aliyev
E az LOCATION Azerbaijan | Azerbaijani
E azal ORGANIZATION Azerbaijan Airlines | Azerbaijan Airlines
E grozny LOCATION Grozny | Grozny
E csto ORGANIZATION Collective Security Treaty Organization | Collective Security Treaty Organization; CSTO
E eaeu ORGANIZATION Eurasian Economic Union | Eurasian Economic Union; EAEU
E sanctions SANCTION Western sanctions against Russia | Western sanctions | keys: sanctions
E seitkali PERSON Aigerim Seitkali | Aigerim Seitkali
E cman ORGANIZATION Central Asia Analytical Network | Central Asia Analytical Network
E almaty LOCATION Almaty | Almaty; ALMATY
E blacksea LOCATION Black Sea | Black Sea
E jv SANCTION Jackson-Vanik amendment | Jackson-Vanik amendment
E congress ORGANIZATION United States Congress | Congress
E? treaty EVENT China-Central Asia treaty of permanent good-neighbourliness | treaty | keys: treaty
E? railway LOCATION China-Kyrgyzstan-Uzbekistan railway | railway
E? meeting EVENT C5+1 meeting at the White House | meeting | keys: meeting
E? deal EVENT Kazakhstan-Cove Kaz Capital tungsten deal | deal | keys: deal
E? cissummit EVENT CIS summit in Dushanbe | summit of the Commonwealth of Independent States | keys: summit
E? downing EVENT downing of the Azerbaijan Airlines plane | downing | keys: downing
E? agreement EVENT Kyrgyz-Tajik border agreement | border agreement; agreement | keys: agreement
E? conflict EVENT 2022 Kyrgyz-Tajik border conflict | conflict | keys: conflict
E? soviet LOCATION Soviet Union | Soviet
R? xi HOLDS_POSITION cn asserted | Xi Jinping
R? trump HOLDS_POSITION us asserted | Donald Trump
R? ca MEETS xi asserted | the leaders of the five Central Asian republics sat down with Xi Jinping
R? ca MEETS trump asserted | and with Donald Trump in Washington
R summit LOCATED_IN kz asserted | The second China-Central Asia summit, held in Astana in June
R? xi PARTICIPATES_IN summit asserted | signed by Xi and the five presidents
R? cn PARTICIPATES_IN summit asserted | The second China-Central Asia summit
R? ca PARTICIPATES_IN summit asserted | The second China-Central Asia summit
R tokayev HOLDS_POSITION kz asserted | Kassym-Jomart Tokayev of Kazakhstan
R mirziyoyev HOLDS_POSITION uz asserted | Shavkat Mirziyoyev of Uzbekistan
R japarov HOLDS_POSITION kg asserted | Sadyr Japarov of Kyrgyzstan
R rahmon HOLDS_POSITION tj asserted | Emomali Rahmon of Tajikistan
R berdimuhamedov HOLDS_POSITION tm asserted | Serdar Berdimuhamedov of Turkmenistan
R? xi PARTICIPATES_IN treaty asserted | a treaty ... signed by Xi and the five presidents
R? tokayev PARTICIPATES_IN treaty asserted | signed by Xi and the five presidents
R? mirziyoyev PARTICIPATES_IN treaty asserted | signed by Xi and the five presidents
R? japarov PARTICIPATES_IN treaty asserted | signed by Xi and the five presidents
R? rahmon PARTICIPATES_IN treaty asserted | signed by Xi and the five presidents
R? berdimuhamedov PARTICIPATES_IN treaty asserted | signed by Xi and the five presidents
R? xi MEETS tokayev asserted | signed by Xi and the five presidents
R? cn AIDS ca proposed | Beijing promised grants and loans worth 1.5 billion yuan
R? railway LOCATED_IN kg asserted | the China-Kyrgyzstan-Uzbekistan railway
R? cn COOPERATES_WITH kg asserted | the China-Kyrgyzstan-Uzbekistan railway
R? cn COOPERATES_WITH uz asserted | the China-Kyrgyzstan-Uzbekistan railway
R? uz COOPERATES_WITH kg asserted | the China-Kyrgyzstan-Uzbekistan railway
R? trump MEETS tokayev asserted | Trump hosted the five presidents at the White House
R? trump MEETS mirziyoyev asserted | Trump hosted the five presidents at the White House
R? trump MEETS japarov asserted | Trump hosted the five presidents at the White House
R? trump MEETS rahmon asserted | Trump hosted the five presidents at the White House
R? trump MEETS berdimuhamedov asserted | Trump hosted the five presidents at the White House
R? trump LOCATED_IN wh asserted | at the White House
R? us MEMBER_OF c51 asserted | the C5+1 format
R? trump PARTICIPATES_IN meeting asserted | the meeting produced a run of commercial announcements
R? boeing AIDS uz asserted | Uzbekistan agreed to buy up to 22 Boeing aircraft
R? us AIDS uz asserted | Uzbekistan agreed to buy up to 22 Boeing aircraft
R? uz COOPERATES_WITH boeing asserted | Uzbekistan agreed to buy up to 22 Boeing aircraft
R? boeing LOCATED_IN us asserted | Boeing
R? uzair LOCATED_IN uz asserted | Uzbekistan Airways
R kz COOPERATES_WITH cove asserted | Kazakhstan signed a deal with the American company Cove Kaz Capital
R? kz PARTICIPATES_IN deal asserted | Kazakhstan signed a deal with the American company Cove Kaz Capital
R? cove PARTICIPATES_IN deal asserted | Kazakhstan signed a deal with the American company Cove Kaz Capital
R? cove LOCATED_IN us asserted | the American company Cove Kaz Capital
R? kz MEMBER_OF abraham hypothetical | Trump also announced that Kazakhstan would join the Abraham Accords
R? trump SUPPORTS kz asserted | Trump also announced that Kazakhstan would join
R? kz SUPPORTS il asserted | Astana has recognised Israel since 1992
R? kz COOPERATES_WITH il asserted | Astana has recognised Israel since 1992
R? putin HOLDS_POSITION ru asserted | Vladimir Putin
R putin MEETS tj asserted | Vladimir Putin visited Dushanbe in October
R? putin PARTICIPATES_IN cissummit asserted | for a summit of the Commonwealth of Independent States
R? cissummit LOCATED_IN tj asserted | visited Dushanbe in October for a summit
R? putin MEETS aliyev asserted | he apologised to Azerbaijani President Ilham Aliyev
R? putin PRAISES aliyev asserted | he apologised to Azerbaijani President Ilham Aliyev
R aliyev HOLDS_POSITION az asserted | Azerbaijani President Ilham Aliyev
R? azal LOCATED_IN az asserted | Azerbaijan Airlines
R? downing LOCATED_IN grozny asserted | near Grozny last December
R? grozny LOCATED_IN ru asserted | near Grozny
R? ru ATTACKS azal asserted | the downing of an Azerbaijan Airlines passenger plane near Grozny
R ru COOPERATES_WITH kg asserted | Russia remains the largest trading partner of Kyrgyzstan and Tajikistan
R ru COOPERATES_WITH tj asserted | Russia remains the largest trading partner of Kyrgyzstan and Tajikistan
R? kg AIDS ru asserted | millions of migrant workers from both countries send money home from Russian cities
R kz MEMBER_OF csto asserted | Kazakhstan still belongs to the Collective Security Treaty Organization (CSTO)
R kz MEMBER_OF eaeu asserted | and the Eurasian Economic Union (EAEU)
R? tokayev AIDS ru negated | his country will not help Russia evade Western sanctions
R? kz AIDS ru negated | his country will not help Russia evade Western sanctions
R? tokayev SUPPORTS sanctions asserted | will not help Russia evade Western sanctions
R? kz SUPPORTS sanctions asserted | will not help Russia evade Western sanctions
R? sanctions TARGETS ru asserted | help Russia evade Western sanctions
R? uz MEMBER_OF csto negated | Uzbekistan has refused to join either bloc
R? uz MEMBER_OF eaeu negated | Uzbekistan has refused to join either bloc
R? tj AIDS ru asserted | Tajikistan hosts Russia's 201st military base
R? ru LOCATED_IN tj asserted | Tajikistan hosts Russia's 201st military base
R tj COOPERATES_WITH kg asserted | Dushanbe signed a border agreement with Bishkek in March
R? tj PARTICIPATES_IN agreement asserted | Dushanbe signed a border agreement with Bishkek
R? kg PARTICIPATES_IN agreement asserted | Dushanbe signed a border agreement with Bishkek
R? tj PARTICIPATES_IN conflict asserted | ended a conflict which killed more than a hundred people in 2022
R? kg PARTICIPATES_IN conflict asserted | ended a conflict which killed more than a hundred people in 2022
R seitkali WORKS_FOR cman asserted | Aigerim Seitkali, a research fellow at the Central Asia Analytical Network in Almaty
R cman LOCATED_IN almaty asserted | the Central Asia Analytical Network in Almaty
R? almaty LOCATED_IN kz asserted | Almaty
R? cn AIDS kg asserted | China already holds a large share of Kyrgyzstan's and Tajikistan's external debt
R? cn AIDS tj asserted | China already holds a large share of Kyrgyzstan's and Tajikistan's external debt
R? ru COOPERATES_WITH kz asserted | Russia controls the pipelines that carry Kazakh oil to the Black Sea
R? jv TARGETS kz asserted | the Jackson-Vanik amendment, which still applies to Kazakhstan and Uzbekistan
R? jv TARGETS uz asserted | the Jackson-Vanik amendment, which still applies to Kazakhstan and Uzbekistan
R? jv ENACTED_BY us asserted | the Jackson-Vanik amendment
R? jv ENACTED_BY congress asserted | the Jackson-Vanik amendment
R? us SANCTIONS kz asserted | the Jackson-Vanik amendment, which still applies to Kazakhstan
R? us SANCTIONS uz asserted | the Jackson-Vanik amendment, which still applies to Uzbekistan
R? congress OPPOSES jv negated | Congress has not acted
