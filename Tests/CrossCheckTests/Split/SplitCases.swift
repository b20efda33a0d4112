/// The splitter's table cases, by category. Each expected sentence is the exact text of a range.
enum SplitCases {
    static let abbreviations: [SplitCase] = [
        SplitCase("abbreviation", "Mr. Smith met Dr. Jones at 10.", ["Mr. Smith met Dr. Jones at 10."]),
        SplitCase("abbreviation", "Gen. Paul LaCamera, Sen. Lindsey Graham and Rep. Joe Wilson spoke.", ["Gen. Paul LaCamera, Sen. Lindsey Graham and Rep. Joe Wilson spoke."]),
        SplitCase("abbreviation", "Lt. Col. Kim Hyun-woo led the drill. It ended at noon.", ["Lt. Col. Kim Hyun-woo led the drill.", "It ended at noon."]),
        SplitCase("abbreviation", "Prof. Lee teaches at St. Andrews. She is Mrs. Lee to students.", ["Prof. Lee teaches at St. Andrews.", "She is Mrs. Lee to students."]),
        SplitCase("abbreviation", "Ms. Park and Capt. Choi arrived. Maj. Gen. Yoon did not.", ["Ms. Park and Capt. Choi arrived.", "Maj. Gen. Yoon did not."]),
        SplitCase("abbreviation", "The bill, No. 1234, passed. No. 2 is pending.", ["The bill, No. 1234, passed.", "No. 2 is pending."]),
        SplitCase("abbreviation", "The treaty was signed on Jan. 5, 1954, and revised on Sept. 9.", ["The treaty was signed on Jan. 5, 1954, and revised on Sept. 9."]),
        SplitCase("abbreviation", "Votes were cast Feb. 3, Mar. 4, Apr. 5, Aug. 6, Oct. 7, Nov. 8 and Dec. 9.", ["Votes were cast Feb. 3, Mar. 4, Apr. 5, Aug. 6, Oct. 7, Nov. 8 and Dec. 9."]),
        SplitCase("abbreviation", "Allies, e.g. Japan and Australia, agreed, i.e. all of them.", ["Allies, e.g. Japan and Australia, agreed, i.e. all of them."]),
        SplitCase("abbreviation", "It covers costs, fuel, housing, etc. The total is unknown.", ["It covers costs, fuel, housing, etc.", "The total is unknown."]),
        SplitCase("abbreviation", "The case is Roe vs. Wade, not Smith v. Jones.", ["The case is Roe vs. Wade, not Smith v. Jones."]),
        SplitCase("abbreviation", "Apple Inc. reported profits. Samsung Electronics Co. Ltd. did too.", ["Apple Inc. reported profits.", "Samsung Electronics Co. Ltd. did too."]),
        SplitCase("abbreviation", "Shares of Hyundai Motor Corp. rose while Lotte Corp. fell.", ["Shares of Hyundai Motor Corp. rose while Lotte Corp. fell."]),
        SplitCase("abbreviation", "They closed the deal with Pitt, Briggs & Co. at noon.", ["They closed the deal with Pitt, Briggs & Co. at noon."]),
        SplitCase("abbreviation", "Were Jane and co. at the party?", ["Were Jane and co. at the party?"]),
        SplitCase("abbreviation", "That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
        SplitCase("abbreviation", "Martin Luther King Jr. spoke in Washington. He was 34.", ["Martin Luther King Jr. spoke in Washington.", "He was 34."]),
        SplitCase("abbreviation", "See Fig. 3 and Vol. 2, pp. 10-12.", ["See Fig. 3 and Vol. 2, pp. 10-12."]),
        SplitCase("abbreviation", "Smith et al. disagree. Their paper is old.", ["Smith et al. disagree.", "Their paper is old."]),
        SplitCase("abbreviation", "He lives in Phoenix, Ariz. But he works in Calif. and Nev. now.", ["He lives in Phoenix, Ariz.", "But he works in Calif. and Nev. now."]),
        SplitCase("abbreviation", "The Justice Dept. said nothing. Gov. Newsom did.", ["The Justice Dept. said nothing.", "Gov. Newsom did."]),
        SplitCase("abbreviation", "Approx. 4,500 troops would leave. The rest stay.", ["Approx. 4,500 troops would leave.", "The rest stay."]),
        SplitCase("abbreviation", "I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
        SplitCase("abbreviation", "St. Michael's Church is on 5th st. near the light.", ["St. Michael's Church is on 5th st. near the light."]),
        SplitCase("abbreviation", "The prime minister lives at No. 10 Downing St. He left early.", ["The prime minister lives at No. 10 Downing St.", "He left early."]),
        SplitCase("abbreviation", "Apple Inc. (AAPL) shares fell. He works for \"Apple Inc.\" He said so.", ["Apple Inc. (AAPL) shares fell.", "He works for \"Apple Inc.\"", "He said so."]),
        SplitCase("abbreviation", "He holds a B.A. from Yale and an M.B.A. The degree took two years.", ["He holds a B.A. from Yale and an M.B.A.", "The degree took two years."]),
        SplitCase("abbreviation", "Sen. Elizabeth Warren (D-Mass.) said the plan failed.", ["Sen. Elizabeth Warren (D-Mass.) said the plan failed."]),
        SplitCase("abbreviation", "Mr. Smith, a Ph.D. student at the Univ. of Calif., disagreed.", ["Mr. Smith, a Ph.D. student at the Univ. of Calif., disagreed."]),
    ]

    static let places: [SplitCase] = [
        SplitCase("places", "US and S. Korea dismiss report of troop reduction.", ["US and S. Korea dismiss report of troop reduction."]),
        SplitCase("places", "N. Korea fired a missile. S. Korea responded.", ["N. Korea fired a missile.", "S. Korea responded."]),
        SplitCase("places", "The U.S. Army and the U.K. Royal Navy joined U.N. forces.", ["The U.S. Army and the U.K. Royal Navy joined U.N. forces."]),
        SplitCase("places", "I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
        SplitCase("places", "I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
        SplitCase("places", "I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
        SplitCase("places", "Officials met in Washington, D.C. on Monday.", ["Officials met in Washington, D.C. on Monday."]),
        SplitCase("places", "The U.S.-South Korea alliance is at a crossroads.", ["The U.S.-South Korea alliance is at a crossroads."]),
        SplitCase("places", "The proposal came from the U.A.E. delegation.", ["The proposal came from the U.A.E. delegation."]),
        SplitCase("places", "He flew from N.Y. to L.A. and back.", ["He flew from N.Y. to L.A. and back."]),
    ]

    static let abbreviationEnds: [SplitCase] = [
        SplitCase("abbreviation-end", "About 28,500 troops are stationed in the U.S. He said so.", ["About 28,500 troops are stationed in the U.S.", "He said so."]),
        SplitCase("abbreviation-end", "I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        SplitCase("abbreviation-end", "I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
        SplitCase("abbreviation-end", "Talks were held at the U.N. The council then voted.", ["Talks were held at the U.N.", "The council then voted."]),
        SplitCase("abbreviation-end", "Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", "They should know."]),
        SplitCase("abbreviation-end", "They closed the deal with Pitt, Briggs & Co. It closed yesterday.", ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
        SplitCase("abbreviation-end", "He bought shares in Apple Inc. However, he sold them.", ["He bought shares in Apple Inc.", "However, he sold them."]),
        SplitCase("abbreviation-end", "Troops left the U.K. \"We are done,\" an officer said.", ["Troops left the U.K.", "\"We are done,\" an officer said."]),
        SplitCase("abbreviation-end", "The talks began in Jan. In March they stalled.", ["The talks began in Jan.", "In March they stalled."]),
        SplitCase("abbreviation-end", "He was a senior official at the U.S. Department of Defense.", ["He was a senior official at the U.S. Department of Defense."]),
    ]

    static let times: [SplitCase] = [
        SplitCase("time", "The talks started at 9 a.m. and ended at 5 p.m. The ministers then left.", ["The talks started at 9 a.m. and ended at 5 p.m.", "The ministers then left."]),
        SplitCase("time", "The vote is at 5 p.m. The results follow.", ["The vote is at 5 p.m.", "The results follow."]),
        SplitCase("time", "The vote is at 5 P.M. The results follow.", ["The vote is at 5 P.M.", "The results follow."]),
        SplitCase("time", "The vote is at 5 P.m. Results follow.", ["The vote is at 5 P.m.", "Results follow."]),
        SplitCase("time", "The vote is at 5 p.m. Monday and results at 11 p.m. EST.", ["The vote is at 5 p.m. Monday and results at 11 p.m. EST."]),
        SplitCase("time", "The vote is at 5 p.m. local time.", ["The vote is at 5 p.m. local time."]),
        SplitCase("time", "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.", ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
        SplitCase("time", "It was 23 May 2025 18:38 when the report came out.", ["It was 23 May 2025 18:38 when the report came out."]),
        SplitCase("time", "The launch came at 6:40 a.m. KST on Tuesday.", ["The launch came at 6:40 a.m. KST on Tuesday."]),
        SplitCase("time", "Polls close at 8 p.m. Voting was brisk.", ["Polls close at 8 p.m.", "Voting was brisk."]),
        SplitCase("time", "The flight left at 10a.m. It landed late.", ["The flight left at 10a.m.", "It landed late."]),
        SplitCase("time", "He left at 3 p.m. (0600 GMT) on Friday.", ["He left at 3 p.m. (0600 GMT) on Friday."]),
    ]

    static let initials: [SplitCase] = [
        SplitCase("initials", "J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
        SplitCase("initials", "George W. Bush met Kim Dae-jung. They talked.", ["George W. Bush met Kim Dae-jung.", "They talked."]),
        SplitCase("initials", "My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
        SplitCase("initials", "We make a good team, you and I. Did you see Albert I. Jones yesterday?", ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
        SplitCase("initials", "The report by H. G. Wells and T.S. Eliot was cited.", ["The report by H. G. Wells and T.S. Eliot was cited."]),
        SplitCase("initials", "They chose Plan B. The others objected.", ["They chose Plan B.", "The others objected."]),
        SplitCase("initials", "The letter was signed by John F. Kennedy.", ["The letter was signed by John F. Kennedy."]),
        SplitCase("initials", "King Charles III. The monarch visited Seoul.", ["King Charles III.", "The monarch visited Seoul."]),
        SplitCase("initials", "Pope John Paul II visited in 1984. He met Chun Doo-hwan.", ["Pope John Paul II visited in 1984.", "He met Chun Doo-hwan."]),
        SplitCase("initials", "It was the end of World War II. Korea was divided.", ["It was the end of World War II.", "Korea was divided."]),
        SplitCase("initials", "Chapter IV. The war begins.", ["Chapter IV.", "The war begins."]),
        SplitCase("initials", "Please turn to p. 55.", ["Please turn to p. 55."]),
    ]

    static let numbers: [SplitCase] = [
        SplitCase("numbers", "Roughly 44.39 million citizens are eligible to vote.", ["Roughly 44.39 million citizens are eligible to vote."]),
        SplitCase("numbers", "She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
        SplitCase("numbers", "She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
        SplitCase("numbers", "Seoul pays $1.5bn a year. Washington wants more.", ["Seoul pays $1.5bn a year.", "Washington wants more."]),
        SplitCase("numbers", "Upgrade to version 2.4.1 today. Version 3.0 is out soon.", ["Upgrade to version 2.4.1 today.", "Version 3.0 is out soon."]),
        SplitCase("numbers", "Support rose to 45.5% from 36.2%. Lee leads.", ["Support rose to 45.5% from 36.2%.", "Lee leads."]),
        SplitCase("numbers", "The deal was signed in 2024. 28,500 troops remain.", ["The deal was signed in 2024.", "28,500 troops remain."]),
        SplitCase("numbers", "He finished 1st. His rival came 2nd.", ["He finished 1st.", "His rival came 2nd."]),
        SplitCase("numbers", "The temperature was -3.5 C at 06:18. It snowed.", ["The temperature was -3.5 C at 06:18.", "It snowed."]),
        SplitCase("numbers", "You can find it at N°. 1026.253.553. That is where the treasure is.", ["You can find it at N°. 1026.253.553.", "That is where the treasure is."]),
        SplitCase("numbers", "He spent 1,000. That is a lot.", ["He spent 1,000.", "That is a lot."]),
        SplitCase("numbers", "The sun sets over Nuuk, Greenland, Monday, July. 31, 2017.", ["The sun sets over Nuuk, Greenland, Monday, July. 31, 2017."]),
        SplitCase("numbers", "The index fell 0.5 pct. to 2,512.3 points.", ["The index fell 0.5 pct. to 2,512.3 points."]),
        SplitCase("numbers", "Pierre Vinken, 61 years old, will join the board as a nonexecutive director Nov. 29. Mr. Vinken is chairman of Elsevier N.V., the Dutch publishing group.", ["Pierre Vinken, 61 years old, will join the board as a nonexecutive director Nov. 29.", "Mr. Vinken is chairman of Elsevier N.V., the Dutch publishing group."]),
    ]

    static let lists: [SplitCase] = [
        SplitCase("lists", "1. The first item\n2. The second item", ["1. The first item", "2. The second item"]),
        SplitCase("lists", "1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
        SplitCase("lists", "1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
        SplitCase("lists", "1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
        SplitCase("lists", "1.) The first item. 2.) The second item.", ["1.) The first item.", "2.) The second item."]),
        SplitCase("lists", "1) The first item 2) The second item", ["1) The first item", "2) The second item"]),
        SplitCase("lists", "1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]),
        SplitCase("lists", "• 9. The first item • 10. The second item", ["• 9. The first item", "• 10. The second item"]),
        SplitCase("lists", "⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]),
        SplitCase("lists", "a. The first item b. The second item c. The third list item", ["a. The first item", "b. The second item", "c. The third list item"]),
        SplitCase("lists", "a) Troop numbers\nb) Cost sharing\nc) Exercises", ["a) Troop numbers", "b) Cost sharing", "c) Exercises"]),
        SplitCase("lists", "i. Costs\nii. Troops\niii. Timing", ["i. Costs", "ii. Troops", "iii. Timing"]),
        SplitCase("lists", "The agenda:\n• Troop levels\n• Cost sharing\n• North Korea", ["The agenda:", "• Troop levels", "• Cost sharing", "• North Korea"]),
        SplitCase("lists", "Key points:\n- Seoul denies the report\n- Washington says it is not true", ["Key points:", "- Seoul denies the report", "- Washington says it is not true"]),
        SplitCase("lists", "* First point\n* Second point", ["* First point", "* Second point"]),
        SplitCase("lists", "  • News\n    • Politics\n    • Economy", ["• News", "• Politics", "• Economy"]),
        SplitCase("lists", "1. Seoul said no. 2. Washington agreed.", ["1. Seoul said no.", "2. Washington agreed."]),
        SplitCase("lists", "- Seoul - the capital - denied it\n- Washington agreed", ["- Seoul - the capital - denied it", "- Washington agreed"]),
        SplitCase("lists", "I. INTRODUCTION\nThis paper explains the process. II. METHODS\nWe used tools.", ["I. INTRODUCTION", "This paper explains the process.", "II. METHODS", "We used tools."]),
    ]

    static let ellipses: [SplitCase] = [
        SplitCase("ellipsis", "I never meant that.... She left the store.", ["I never meant that....", "She left the store."]),
        SplitCase("ellipsis", "I wasn’t really ... well, what I mean...see . . . what I’m saying, the thing is . . . I didn’t mean it.", ["I wasn’t really ... well, what I mean...see . . . what I’m saying, the thing is . . . I didn’t mean it."]),
        SplitCase("ellipsis", "He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
        SplitCase("ellipsis", "He paused… and then he spoke.", ["He paused… and then he spoke."]),
        SplitCase("ellipsis", "The talks went on... and on.", ["The talks went on... and on."]),
        SplitCase("ellipsis", "Wait for it...", ["Wait for it..."]),
        SplitCase("ellipsis", "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", ["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."]),
        SplitCase("ellipsis", "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”", ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"]),
        SplitCase("ellipsis", "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.", ["If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .", "Next sentence."]),
        SplitCase("ellipsis", "India Slashes Minimum Export Price for Natural Honey to Boost Global Competi...", ["India Slashes Minimum Export Price for Natural Honey to Boost Global Competi..."]),
        SplitCase("ellipsis", "“We will see…” The minister left.", ["“We will see…”", "The minister left."]),
        SplitCase("ellipsis", "One further habit which was somewhat weakened . . . was that of combining words into self-explanatory compounds. . . . The words were long.", ["One further habit which was somewhat weakened . . . was that of combining words into self-explanatory compounds. . . .", "The words were long."]),
    ]

    static let punctuationRuns: [SplitCase] = [
        SplitCase("punctuation", "Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
        SplitCase("punctuation", "What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
        SplitCase("punctuation", "There it is! I found it.", ["There it is!", "I found it."]),
        SplitCase("punctuation", "Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
        SplitCase("punctuation", "Hello?? Who is there?", ["Hello??", "Who is there?"]),
        SplitCase("punctuation", "Hello!? Is that you?", ["Hello!?", "Is that you?"]),
        SplitCase("punctuation", "Hello?! Is that you?", ["Hello?!", "Is that you?"]),
        SplitCase("punctuation", "No way!!! They did it again!!! Really?!", ["No way!!!", "They did it again!!!", "Really?!"]),
        SplitCase("punctuation", "She works at Yahoo! in the accounting department.", ["She works at Yahoo! in the accounting department."]),
        SplitCase("punctuation", "Really‼ Yes⁉ Fine.", ["Really‼", "Yes⁉", "Fine."]),
        SplitCase("punctuation", "Seoul denied it; Washington did too. Both sides agree.", ["Seoul denied it; Washington did too.", "Both sides agree."]),
        SplitCase("punctuation", "The band Panic! at the Disco played. Wham! was famous in the 1980s.", ["The band Panic! at the Disco played.", "Wham! was famous in the 1980s."]),
    ]

    static let glued: [SplitCase] = [
        SplitCase("missing-space", "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.", ["Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."]),
        SplitCase("missing-space", "The talks ended.Next week they resume.", ["The talks ended.", "Next week they resume."]),
        SplitCase("missing-space", "Visit Amazon.com or Node.js docs.", ["Visit Amazon.com or Node.js docs."]),
        SplitCase("missing-space", "Open report.PDF now.", ["Open report.PDF now."]),
    ]

    static let sentenceStarts: [SplitCase] = [
        SplitCase("sentence-start", "Prices rose. 45% of voters disapprove.", ["Prices rose.", "45% of voters disapprove."]),
        SplitCase("sentence-start", "Apple launched a phone. iPhone sales rose.", ["Apple launched a phone.", "iPhone sales rose."]),
        SplitCase("sentence-start", "The site went down. eBay apologized.", ["The site went down.", "eBay apologized."]),
        SplitCase("sentence-start", "The deal collapsed. $1 billion was lost.", ["The deal collapsed.", "$1 billion was lost."]),
        SplitCase("sentence-start", "It was late. 2025 will be different.", ["It was late.", "2025 will be different."]),
        SplitCase("sentence-start", "He left. #Korea trended. @Pentagon replied.", ["He left.", "#Korea trended.", "@Pentagon replied."]),
        SplitCase("sentence-start", "The vote passed. Élodie Martin voted no.", ["The vote passed.", "Élodie Martin voted no."]),
    ]

    static let quotations: [SplitCase] = [
        SplitCase("quotation", "\"There have been no discussions whatsoever,\" the ministry stated.", ["\"There have been no discussions whatsoever,\" the ministry stated."]),
        SplitCase("quotation", "She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]),
        SplitCase("quotation", "She turned to him, \"This is great.\" she said.", ["She turned to him, \"This is great.\" she said."]),
        SplitCase("quotation", "She turned to him, \"This is great.\" She held the book out to show him.", ["She turned to him, \"This is great.\"", "She held the book out to show him."]),
        SplitCase("quotation", "He said: \"Reports that the DoD will reduce US troops are not true.\" He said no more.", ["He said: \"Reports that the DoD will reduce US troops are not true.\"", "He said no more."]),
        SplitCase("quotation", "\"We are ready. We will not leave,\" the general said.", ["\"We are ready.", "We will not leave,\" the general said."]),
        SplitCase("quotation", "“We are ready. We will not leave,” the general said.", ["“We are ready.", "We will not leave,” the general said."]),
        SplitCase("quotation", "\"Why would we leave?\" he asked.", ["\"Why would we leave?\" he asked."]),
        SplitCase("quotation", "\"Why would we leave?\" Defense Minister Kim asked.", ["\"Why would we leave?\" Defense Minister Kim asked."]),
        SplitCase("quotation", "\"Go home!\" the crowd shouted. Police arrived.", ["\"Go home!\" the crowd shouted.", "Police arrived."]),
        SplitCase("quotation", "“It is over.” The minister left the room.", ["“It is over.”", "The minister left the room."]),
        SplitCase("quotation", "He called it ‘a mistake.’ Others agreed.", ["He called it ‘a mistake.’", "Others agreed."]),
        SplitCase("quotation", "« Nous partons. » Il a dit.", ["« Nous partons. »", "Il a dit."]),
        SplitCase("quotation", "The ministry said the reports were \"not true\". It gave no details.", ["The ministry said the reports were \"not true\".", "It gave no details."]),
        SplitCase("quotation", "YAF say struck 'Israel's' Ben-Gurion Airport with missiles, drones", ["YAF say struck 'Israel's' Ben-Gurion Airport with missiles, drones"]),
        SplitCase("quotation", "\"Stop. Now. Please,\" she said.", ["\"Stop.", "Now.", "Please,\" she said."]),
        SplitCase("quotation", "\"Why?\" asked Sen. Smith. \"Why?\" Sen. Smith asked. Then he left.", ["\"Why?\" asked Sen. Smith.", "\"Why?\" Sen. Smith asked.", "Then he left."]),
        SplitCase("quotation", "The question \"Who pays?\" remains open.", ["The question \"Who pays?\" remains open."]),
        SplitCase("quotation", "“Is it true?” “No,” she said. “Never!” he shouted.", ["“Is it true?”", "“No,” she said.", "“Never!” he shouted."]),
        SplitCase("quotation", "WASHINGTON — The Pentagon said the report was \"not true.\" It declined to comment.", ["WASHINGTON — The Pentagon said the report was \"not true.\"", "It declined to comment."]),
        SplitCase("quotation", "``We're done,'' he said. ``Now what?'' Smith asked.", ["``We're done,'' he said.", "``Now what?'' Smith asked."]),
        SplitCase("quotation", "He said ``The market is weak.'' Analysts agreed.", ["He said ``The market is weak.''", "Analysts agreed."]),
    ]

    static let parentheses: [SplitCase] = [
        SplitCase("parentheses", "He teaches science (He previously worked for 5 years as an engineer.) at the local University.", ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."]),
        SplitCase("parentheses", "The talks failed. (Both sides blamed each other.) A new round is planned.", ["The talks failed.", "(Both sides blamed each other.)", "A new round is planned."]),
        SplitCase("parentheses", "(With inputs from agencies.)", ["(With inputs from agencies.)"]),
        SplitCase("parentheses", "He spoke on X (formerly Twitter). Nobody replied.", ["He spoke on X (formerly Twitter).", "Nobody replied."]),
        SplitCase("parentheses", "The tank crossed the river (AP Photo/Ahn Young-joon, File). It was March.", ["The tank crossed the river (AP Photo/Ahn Young-joon, File).", "It was March."]),
        SplitCase("parentheses", "Prices rose [see chart.] The end.", ["Prices rose [see chart.]", "The end."]),
    ]

    static let addresses: [SplitCase] = [
        SplitCase("addresses", "Her email is Jane.Doe@example.com. I sent her an email.", ["Her email is Jane.Doe@example.com.", "I sent her an email."]),
        SplitCase("addresses", "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.", ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."]),
        SplitCase("addresses", "He posted on x.com and truthsocial.com today.", ["He posted on x.com and truthsocial.com today."]),
        SplitCase("addresses", "Read more at www.almayadeen.net. Then decide.", ["Read more at www.almayadeen.net.", "Then decide."]),
        SplitCase("addresses", "Open the file report_2025.pdf or data.csv for details.", ["Open the file report_2025.pdf or data.csv for details."]),
        SplitCase("addresses", "Email: info@devdiscourse.com", ["Email: info@devdiscourse.com"]),
        SplitCase("addresses", "Follow @DeptofDefense and #USKorea for updates. More soon.", ["Follow @DeptofDefense and #USKorea for updates.", "More soon."]),
        SplitCase("addresses", "See http://example.com/a.b.c?x=1.2 for the data.", ["See http://example.com/a.b.c?x=1.2 for the data."]),
        SplitCase("addresses", "Contact press@defense.gov. A spokesperson will reply.", ["Contact press@defense.gov.", "A spokesperson will reply."]),
        SplitCase("addresses", "The file is named config.yaml. It is in ~/src/app. Run ./build.sh. Then test.", ["The file is named config.yaml.", "It is in ~/src/app.", "Run ./build.sh.", "Then test."]),
        SplitCase("addresses", "Posted by @john_doe on x.com. #breaking news spread fast.", ["Posted by @john_doe on x.com.", "#breaking news spread fast."]),
    ]

    static let textDumps: [SplitCase] = [
        SplitCase("text-dump", "BREAKING\nKremlin says no agreements yet on next platform for Russia-Ukraine negotiations\nCIA spokesperson says law enforcement responded to a security incident.", ["BREAKING", "Kremlin says no agreements yet on next platform for Russia-Ukraine negotiations", "CIA spokesperson says law enforcement responded to a security incident."]),
        SplitCase("text-dump", "US and S. Korea dismiss report of troop reduction, reaffirm alliance\n\nSouth Korea's defense ministry on Friday denied reports.", ["US and S. Korea dismiss report of troop reduction, reaffirm alliance", "South Korea's defense ministry on Friday denied reports."]),
        SplitCase("text-dump", "This is a sentence\ncut off in the middle because pdf.", ["This is a sentence\ncut off in the middle because pdf."]),
        SplitCase("text-dump", "It was a cold \nnight in the city.", ["It was a cold \nnight in the city."]),
        SplitCase("text-dump", "features\ncontact manager\nevents, activities\n", ["features", "contact manager", "events, activities"]),
        SplitCase("text-dump", "Most Read\nYAF say struck Ben Gurion Airport\nIsraeli media: Yemen may push for a ceasefire", ["Most Read", "YAF say struck Ben Gurion Airport", "Israeli media: Yemen may push for a ceasefire"]),
        SplitCase("text-dump", "South Korea's defense ministry on Friday firmly denied reports that the\nUnited States is planning to scale back its military presence in the\ncountry. The clarification comes in response to a Wall Street\nJournal article alleging that Washington is considering withdrawing\napproximately 4,500 of the 28,500 US troops.", ["South Korea's defense ministry on Friday firmly denied reports that the\nUnited States is planning to scale back its military presence in the\ncountry.", "The clarification comes in response to a Wall Street\nJournal article alleging that Washington is considering withdrawing\napproximately 4,500 of the 28,500 US troops."]),
        SplitCase("text-dump", "Related News\nRussia ties peace deal with Ukraine to prisoner exchange completion\nBoeing reaches deal with DoJ to avoid prosecution over 737 Max crashes", ["Related News", "Russia ties peace deal with Ukraine to prisoner exchange completion", "Boeing reaches deal with DoJ to avoid prosecution over 737 Max crashes"]),
        SplitCase("text-dump", "Devdiscourse News Desk | Updated: 23-08-2025 06:18 IST | Created: 23-08-2025 06:18 IST", ["Devdiscourse News Desk | Updated: 23-08-2025 06:18 IST | Created: 23-08-2025 06:18 IST"]),
        SplitCase("text-dump", "TRENDING\n1\nTragedy in Hoshiarpur: CM Announces Aid\nIndia\n2\nIndia Slashes Minimum Export Price", ["TRENDING", "1", "Tragedy in Hoshiarpur: CM Announces Aid", "India", "2", "India Slashes Minimum Export Price"]),
        SplitCase("text-dump", "The minister said the talks,\nwhich began Monday, would continue.", ["The minister said the talks,\nwhich began Monday, would continue."]),
        SplitCase("text-dump", "Android\niOS", ["Android", "iOS"]),
        SplitCase("text-dump", "Read more: DPRK reports 'serious' accident at warship launch ceremony\nFront-running candidate Lee holds a narrowing lead.", ["Read more: DPRK reports 'serious' accident at warship launch ceremony", "Front-running candidate Lee holds a narrowing lead."]),
        SplitCase("text-dump", "© Copyright 2025", ["© Copyright 2025"]),
        SplitCase("text-dump", "Phone: +91-720-6444012, +91-7027739813", ["Phone: +91-720-6444012, +91-7027739813"]),
    ]

    static let paragraphs: [SplitCase] = [
        SplitCase("paragraphs", "First paragraph without a stop\n\nSecond paragraph.", ["First paragraph without a stop", "Second paragraph."]),
        SplitCase("paragraphs", "He met Mr.\n\nSmith was absent.", ["He met Mr.", "Smith was absent."]),
        SplitCase("paragraphs", "The talks ended in the U.S.\n\nthe next round is in Seoul.", ["The talks ended in the U.S.", "the next round is in Seoul."]),
        SplitCase("paragraphs", "A sentence, cut by a\n \t \nblank line with spaces.", ["A sentence, cut by a", "blank line with spaces."]),
        SplitCase("paragraphs", "\n\n  Leading blank lines. Then text.\n\n\n", ["Leading blank lines.", "Then text."]),
        SplitCase("paragraphs", "One.\r\n\r\nTwo.\r\nThree.", ["One.", "Two.", "Three."]),
        SplitCase("paragraphs", "Para one\u{2029}Para two", ["Para one", "Para two"]),
        SplitCase("paragraphs", "He said \"no\n\nYes.\"", ["He said \"no", "Yes.\""]),
        SplitCase("paragraphs", "1. First\n\n2. Second", ["1. First", "2. Second"]),
    ]

    static let unicode: [SplitCase] = [
        SplitCase("unicode", "“We are not leaving,” he said. “Never.”", ["“We are not leaving,” he said.", "“Never.”"]),
        SplitCase("unicode", "He said ‘no.’ She said ‘yes.’", ["He said ‘no.’", "She said ‘yes.’"]),
        SplitCase("unicode", "The approach—opposed by Seoul—was dropped. A new one – cheaper – came.", ["The approach—opposed by Seoul—was dropped.", "A new one – cheaper – came."]),
        SplitCase("unicode", "Greenland’s moon rock mine: Europe wins, US watches", ["Greenland’s moon rock mine: Europe wins, US watches"]),
        SplitCase("unicode", "«C’est fini.» Le ministre est parti.", ["«C’est fini.»", "Le ministre est parti."]),
        SplitCase("unicode", "会談は終わった。次は来月だ。", ["会談は終わった。", "次は来月だ。"]),
        SplitCase("unicode", "Seoul said so。Washington agreed.", ["Seoul said so。", "Washington agreed."]),
        SplitCase("unicode", "本当？はい！", ["本当？", "はい！"]),
        SplitCase("unicode", "Emoji 🇰🇷 rose. 🇺🇸 fell.", ["Emoji 🇰🇷 rose.", "🇺🇸 fell."]),
        SplitCase("unicode", "Ünal spoke. Öztürk replied.", ["Ünal spoke.", "Öztürk replied."]),
    ]

    static let whitespace: [SplitCase] = [
        SplitCase("whitespace", "One sentence.\u{00A0}Another one.", ["One sentence.", "Another one."]),
        SplitCase("whitespace", "Mr.\u{00A0}Smith left.\u{00A0}\u{00A0}", ["Mr.\u{00A0}Smith left."]),
        SplitCase("whitespace", "\tTabbed.\tAgain.\t", ["Tabbed.", "Again."]),
        SplitCase("whitespace", "Line one.\r\nLine two.\r\n", ["Line one.", "Line two."]),
        SplitCase("whitespace", "Thin\u{2009}space. Narrow\u{202F}space.", ["Thin\u{2009}space.", "Narrow\u{202F}space."]),
        SplitCase("whitespace", "\u{FEFF}BOM first. Then more.", ["BOM first.", "Then more."]),
        SplitCase("whitespace", "Ideographic.\u{3000}Space.", ["Ideographic.", "Space."]),
        SplitCase("whitespace", "   ", []),
        SplitCase("whitespace", "", []),
        SplitCase("whitespace", "No terminal punctuation at all", ["No terminal punctuation at all"]),
        SplitCase("whitespace", ".", ["."]),
        SplitCase("whitespace", "Hi.  \n  There.", ["Hi.", "There."]),
    ]

    /// The failure classes of issue 12, with inputs of our own.
    static let issue12: [SplitCase] = [
        SplitCase("four-dot ellipsis", "The ferry never came.... Everyone walked home.", ["The ferry never came....", "Everyone walked home."]),
        SplitCase("spaced ellipsis", "The thing is . . . I didn't mean it.", ["The thing is . . . I didn't mean it."]),
        SplitCase("spaced ellipsis", "He paused . . . and then he left.", ["He paused . . . and then he left."]),
        SplitCase("spaced four-dot ellipsis", "The ferry never came. . . . Everyone walked home.", ["The ferry never came. . . .", "Everyone walked home."]),
        SplitCase("currency abbreviation", "Tickets cost Rs. 450 each. Children go free.", ["Tickets cost Rs. 450 each.", "Children go free."]),
        SplitCase("currency abbreviation", "The loan was Rs. 2.5 crore and Tk. 30 lakh.", ["The loan was Rs. 2.5 crore and Tk. 30 lakh."]),
        SplitCase("dashes", "He opened the box -- voila! -- it was empty.", ["He opened the box -- voila! -- it was empty."]),
        SplitCase("dashes", "She found the key — hooray! — under the mat.", ["She found the key — hooray! — under the mat."]),
        SplitCase("abbreviation before a parenthesis", "The maker, Harbour Tools Inc. (“Harbour”), sued. It lost.", ["The maker, Harbour Tools Inc. (“Harbour”), sued.", "It lost."]),
        SplitCase("footnote mark", "The pier is old.[3] It was built in 1901.", ["The pier is old.[3]", "It was built in 1901."]),
        SplitCase("footnote mark", "The pier is old.[12][13] It was built in 1901.", ["The pier is old.[12][13]", "It was built in 1901."]),
        SplitCase("full-width period", "The pier is closed．The ferry runs.", ["The pier is closed．", "The ferry runs."]),
        SplitCase("lettered list", "a. Close the pier. b. Move the boats. c. Tell the traders.", ["a. Close the pier.", "b. Move the boats.", "c. Tell the traders."]),
        SplitCase("exclamation in a quotation", "He shouted “Stop! Stop!” and ran. Nobody stopped.", ["He shouted “Stop! Stop!” and ran.", "Nobody stopped."]),
        SplitCase("exclamation in a quotation", "“Wow!” she said. Then she left.", ["“Wow!” she said.", "Then she left."]),
        SplitCase("question in a quotation", "“Is it open?” he asked. It was not.", ["“Is it open?” he asked.", "It was not."]),
        SplitCase("caption without a stop", "Boats wait at the southern quay on Monday\nThe harbour authority closed the pier.", ["Boats wait at the southern quay on Monday", "The harbour authority closed the pier."]),
        SplitCase("dateline without a stop", "PORT HAMRA, May 3\nThe harbour authority closed the pier.", ["PORT HAMRA, May 3", "The harbour authority closed the pier."]),
    ]

    static let all: [SplitCase] = abbreviations + places + abbreviationEnds + times + initials + numbers + lists
        + ellipses + punctuationRuns + glued + sentenceStarts + quotations + parentheses + addresses + textDumps
        + paragraphs + unicode + whitespace + issue12
}
