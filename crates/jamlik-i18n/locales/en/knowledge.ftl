# Knowledge and learning: the public guide, the measure catalogue and the search.
guide-title = Guide to equality planning
guide-intro = What the law asks of an organisation and how to do it, step by step, for each obligation. Everyone can read it; in Jämlik, each step is also done in the plan.
guide-steps = { $count ->
    [one] One step
   *[other] { $formatted } steps
}
guide-country-FI = Finland
guide-country-SE = Sweden
guide-country-EU = European Union
guide-law = The law
guide-law-link = Read the law
guide-obligations = Who it obliges
guide-steps-heading = The steps
guide-step-of = Step { $number } of { $count }
guide-what-to-do = What to do and why
guide-produces = What the step produces
guide-produces-none = This step prepares the work; it writes no part of the plan of its own.
guide-required = required
guide-optional = optional
guide-checklists = Questions to go through
guide-previous = Previous step
guide-next = Next step
guide-do-it = Do this step in your plan: open your organisation, then the plan.
guide-do-it-link = Your organisations
guide-sign-in = Sign in to do this step in your organisation's plan.
guide-catalogue-link = Measures for this work in the catalogue
search-title = Search the guide and the catalogue
search-label = Search
search-hint = Words are found in any of their forms, also inside compound words.
search-button = Search
search-none = Nothing found for “{ $query }”. Try another word or a shorter one.
search-count = { $count ->
    [one] One result
   *[other] { $formatted } results
}
search-kind-framework = Obligation
search-kind-step = Step
search-kind-measure = Measure
catalogue-title = Catalogue of measures
catalogue-intro = Common measures with guidance on how to carry them out and follow them up. A measure chosen from the catalogue in a plan is counted here, once at least five organisations have used it.
catalogue-framework = Obligation
catalogue-category = Category
catalogue-all-frameworks = All obligations
catalogue-all-categories = All categories
catalogue-all = Show all measures
catalogue-filter = Show
catalogue-none = No measure matches the choice.
catalogue-serves = Serves
catalogue-used-by = In the plans of { $count } organisations; done by { $done }.
catalogue-used-by-few = Used by fewer than { $min } organisations so far.
catalogue-count = { $count ->
    [one] One measure
   *[other] { $formatted } measures
}
handbook-contents = Contents
handbook-actions = What each service can do
handbook-examples = Examples
guide-handbooks = Handbooks
search-kind-chapter = Handbook

# Online training: courses, quizzes and certificates.
courses-title = Courses
courses-intro = Online courses for everyone who does equality work in a municipality. Anyone can read them; signed in, your progress is kept and a passed course gives a certificate anyone can verify.
course-minutes = { $count ->
    [one] about one minute
   *[other] about { $formatted } minutes
}
course-progress = { $done } of { $total } steps done
course-your-progress = Your progress
course-start = Start
course-continue = Continue
course-modules = Modules
course-steps = Steps of the course
course-certificate = Your certificate
course-sign-in-to-track = Sign in to keep your progress, take the quizzes and earn the certificate.
course-renew = Renew the certificate
course-renew-hint = Your certificate expires soon or has expired. Take the quizzes again to earn a new one; the earlier certificate stays as it is.
lesson-read = Read
lesson-mark-read = Mark as read and continue
lesson-continue = Continue
lesson-watch = Watch the video
lesson-transcript = Transcript
quiz-link = Quiz
quiz-title = Quiz: { $title }
quiz-rules = Each attempt draws { $count } questions from { $total }. To pass, answer { $percent } % of them right. You have { $minutes } minutes, and you may try again as often as you like.
quiz-start = Start the quiz
quiz-again = Try again
quiz-resume = Continue the open attempt
quiz-attempts = Your attempts
quiz-when = Submitted
quiz-score-heading = Right answers
quiz-result = Result
quiz-score = { $done } of { $total } right
quiz-pass-mark = { $percent } % needed to pass
quiz-passed = Passed
quiz-failed = Not passed yet
quiz-deadline = Answer by { $deadline }. A question left unanswered counts as wrong.
quiz-question = Question { $number } of { $total }
quiz-submit = Submit the answers
quiz-your-answer = Your answer
quiz-not-answered = not answered
quiz-right = right
quiz-wrong = wrong
quiz-right-answer = The right answer
quiz-back = Back to the course
certificates-title = Your certificates
certificates-none = You have no certificates yet.
certificates-name-heading = Your name on certificates
certificates-name-label = Name to show
certificates-name-hint = Shown on certificates issued from now on and on their public verification page. Certificates already issued keep the name they have.
certificates-name-save = Save the name
certificate-course = Course
certificate-holder = Holder
certificate-kind = Kind
certificate-kind-completion = Certificate of completion
certificate-statement = has completed the course, read every lesson and passed every quiz:
certificate-issued = Issued
certificate-expires = Valid until
certificate-version = Course version
certificate-code = Code
certificate-state = Status
certificate-verify-at = Verify at
certificate-pdf = The certificate as PDF
certificate-pdf-short = PDF
certificate-valid = Valid
certificate-expired = Expired
certificate-revoked = Revoked
verify-title = Verify a certificate
verify-certificate-title = Certificate
verify-intro = Type the code printed on a certificate to see whether it is valid.
verify-code-label = Certificate code
verify-check = Verify
verify-another = Verify another certificate
verify-privacy = Only the name the holder chose to show is published; nothing else about them.
notice-course-completed = Congratulations — you have completed the course. Here is your certificate.
notice-course-renewed = Re-certification has begun: take the quizzes again to earn a new certificate.
notice-certificate-name-saved = The name is saved.
mail-certificate-expiry-subject = Your certificate for “{ $title }” expires on { $deadline }
mail-certificate-expiry-body =
    Hello { $name },
    { "" }
    Your certificate for the course “{ $title }” is valid until { $deadline }. To renew it, take the course's quizzes again; your earlier certificate stays as it is.
    { "" }
    { $link }

# An organisation's training.
training-title = Training
training-intro = How many of your organisation's members have begun each course and hold a valid certificate, against the targets you set. Invite those who have not yet taken a course.
training-by-role = Members by role
training-role = Role
training-members = Members
training-started = Begun
training-certified = Valid certificate
training-target = Target
training-target-text = { $percent } % by { $date }
training-met = met
training-not-met = not met yet
training-set-target = Set a target
training-share = Share with a valid certificate (%)
training-due = By
training-save-target = Save the target
training-invite = Invite to the course
training-invite-hint = Everyone in the role without a valid certificate gets an e-mail with a link to the course, once: those already invited are not mailed again.
training-everyone = Everyone
training-send-invitations = Send the invitations
training-people = Members and their progress
training-name = Name
training-progress = Progress
training-certificate = Certificate
training-was-invited = invited
notice-training-target-saved = The target is saved.
notice-training-invited = { $count ->
    [0] Nobody was invited: everyone in the role is certified or already invited.
    [one] One person was invited.
   *[other] { $formatted } people were invited.
}
mail-course-invitation-subject = Invitation to the course “{ $title }”
mail-course-invitation-body =
    Hello { $name },
    { "" }
    { $inviter } invites you to take the online course “{ $title }”. You can read it at your own pace; when you have read every lesson and passed every quiz, you get a certificate.
    { "" }
    { $link }
