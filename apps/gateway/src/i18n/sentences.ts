// The French version of every sentence the gateway writes in English for people (typed errors' and
// request errors' `message`, field errors, "what happens next" answers), gettext-style: the English
// sentence, as the code writes it, is the key. `{name}` stands for what the code interpolates; in the
// French sentence `{name}` repeats the value as it is (a name, a number, a date), `{name:t}` translates
// it with VALUES (masculine), `{name:f}` with its feminine form. localize.ts applies this catalogue per
// request; test/i18n/every-message.test.ts fails when a sentence of the code has no entry here.

/** English sentence (or pattern) → French sentence. */
export const SENTENCES: Record<string, string> = {
  // Shared by every domain.
  'Some fields are invalid: see fieldErrors.': 'Certains champs sont à corriger : voir fieldErrors.',
  'Sign in first.': 'Connectez-vous d’abord.',
  'No {what} has this id.': 'Aucun {what:t} n’a cet identifiant.',
  'No member has this id.': 'Aucun membre n’a cet identifiant.',
  'No active member has this id.': 'Aucun membre actif n’a cet identifiant.',
  'Change at least one field.': 'Modifiez au moins un champ.',
  'Say why, in a few words.': 'Dites pourquoi, en quelques mots.',
  'Use at most {max} characters.': 'Utilisez au plus {max} caractères.',
  'Use at most 10 000 characters.': 'Utilisez au plus 10 000 caractères.',
  'Give at least {min} characters.': 'Indiquez au moins {min} caractères.',
  'Choose at most {max} skills.': 'Choisissez au plus {max} compétences.',
  'Some skills are unknown or repeated: pick them from the list.':
    'Certaines compétences sont inconnues ou en double : choisissez-les dans la liste.',
  'Choose a date in the future.': 'Choisissez une date à venir.',
  'DateTime must be an ISO 8601 date-time with a time zone, e.g. "2026-03-14T09:30:00+01:00".':
    'Une date-heure s’écrit au format ISO 8601 avec un fuseau horaire, par exemple « 2026-03-14T09:30:00+01:00 ».',
  'Date must be a calendar day that exists, as YYYY-MM-DD, e.g. "2026-03-14".':
    'Une date s’écrit AAAA-MM-JJ et doit exister, par exemple « 2026-03-14 ».',
  'Date must be given as a string.': 'Une date s’écrit entre guillemets (chaîne de caractères).',
  'JSON value not understood.': 'Valeur JSON incompréhensible.',
  'DateTime must be given as a string.': 'Une date-heure s’écrit entre guillemets (chaîne de caractères).',

  // Who may do what (schema/unauthorized.ts, auth/).
  'Sign in (or send an API token) to use {what}.': 'Connectez-vous (ou envoyez un jeton d’API) pour utiliser {what}.',
  'This account is suspended: contact the federation to find out why.':
    'Ce compte est suspendu : contactez la fédération pour en connaître la raison.',
  'Your membership is not active (applications are reviewed by the federation first).':
    'Votre adhésion n’est pas active (la fédération examine d’abord les candidatures).',
  'This token lacks the scope {scopes} needed for {what}.':
    'Il manque à ce jeton la portée {scopes} nécessaire pour {what}.',
  'You are not allowed to use {what}.': 'Vous n’avez pas le droit d’utiliser {what}.',
  'Your membership is not active.': 'Votre adhésion n’est pas active.',
  'This API token is not known. Check that it was copied whole, or create a new one.':
    'Ce jeton d’API est inconnu. Vérifiez qu’il a été copié en entier, ou créez-en un nouveau.',
  'This API token has expired. Create a new one in the portal (or the console for integration tokens).':
    'Ce jeton d’API a expiré. Créez-en un nouveau dans le portail (ou dans la console pour les jetons d’intégration).',
  'This API token was revoked. Create a new one in the portal (or the console for integration tokens).':
    'Ce jeton d’API a été révoqué. Créez-en un nouveau dans le portail (ou dans la console pour les jetons d’intégration).',
  'The Authorization header must be "Bearer <token>".':
    'L’en-tête Authorization doit avoir la forme « Bearer <jeton> ».',
  'The account that owns this token is not active; its tokens do not work.':
    'Le compte à qui appartient ce jeton n’est pas actif ; ses jetons ne fonctionnent pas.',
  'Too many {what} from this address. Wait {wait}, then try again.':
    'Trop de {what:t} depuis cette adresse. Attendez {wait:t}, puis réessayez.',

  // Identity: applying, signing in, sessions, tokens, admission.
  'Thank you! Your application is registered; the federation answers by email, usually within a week.':
    'Merci ! Votre candidature est enregistrée ; la fédération vous répond par e-mail, en général sous une semaine.',
  'This email and password do not match. Check them, or sign in with an emailed link.':
    'Cette adresse e-mail et ce mot de passe ne correspondent pas. Vérifiez-les, ou connectez-vous avec un lien reçu par e-mail.',
  'If an account uses this address, a sign-in link is on its way (valid 15 minutes). Check your inbox and spam folder.':
    'Si un compte utilise cette adresse, un lien de connexion est en route (valable 15 minutes). Regardez votre boîte de réception et vos indésirables.',
  'If an account uses this address, a link to choose a new password is on its way (valid 15 minutes).':
    'Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route (valable 15 minutes).',
  'This link has expired or was already used. Ask for a new sign-in link.':
    'Ce lien a expiré ou a déjà servi. Demandez un nouveau lien de connexion.',
  'No session.': 'Aucune session.',
  'No such session.': 'Cette session n’existe pas.',
  'No active session of yours has this id.': 'Aucune de vos sessions actives n’a cet identifiant.',
  'No token of yours has this id.': 'Aucun de vos jetons n’a cet identifiant.',
  'Give it a name of at least 2 characters.': 'Donnez-lui un nom d’au moins 2 caractères.',
  'Use at most 80 characters.': 'Utilisez au plus 80 caractères.',
  'Choose at least one scope.': 'Choisissez au moins une portée.',
  'Allowed scopes: {scopes}.': 'Portées possibles : {scopes}.',
  'This member is {status}, not an applicant.': 'Ce membre est {status:t}, pas candidat.',
  'This member is {status}, not active.': 'Ce membre est {status:t}, pas actif.',
  'This member is {status}, not suspended.': 'Ce membre est {status:t}, pas suspendu.',
  'You cannot suspend yourself.': 'Vous ne pouvez pas vous suspendre vous-même.',
  'This is the last active admin: name another admin first.':
    'C’est le dernier admin actif : nommez d’abord un autre admin.',

  // Network: introductions, recommendations, suggestions, directory.
  'Say who you are and why you ask, in at least {min} characters.':
    'Dites qui vous êtes et pourquoi vous demandez, en au moins {min} caractères.',
  'No introduction request has this id.': 'Aucune demande de mise en relation n’a cet identifiant.',
  'This request is already {status}: it can no longer change.':
    'Cette demande est déjà {status:f} : elle ne peut plus changer.',
  'You cannot ask to be put in touch with yourself.':
    'Vous ne pouvez pas demander une mise en relation avec vous-même.',
  'You are already in touch with {name}: their contact details are on their profile.':
    'Vous êtes déjà en relation avec {name} : ses coordonnées sont sur son profil.',
  'The checklist can be dismissed once every item is done.':
    'La liste « Bien démarrer » se range une fois chaque étape faite.',
  'You already asked {name}; they have not answered yet.':
    'Vous avez déjà sollicité {name} ; sa réponse n’est pas encore arrivée.',
  '{name} already asked to be put in touch with you: answer their request instead.':
    '{name} a déjà demandé à être mis·e en relation avec vous : répondez plutôt à sa demande.',
  '{name} declined your last request; you may ask again from {date}.':
    '{name} a décliné votre dernière demande ; vous pourrez redemander à partir du {date}.',
  'Give the client’s name (at least {min} characters).': 'Indiquez le nom du client (au moins {min} caractères).',
  'Use at most 120 characters.': 'Utilisez au plus 120 caractères.',
  'Say why in a few words (at least {min} characters).': 'Dites pourquoi en quelques mots (au moins {min} caractères).',
  'Give either a client name or an opportunity, not both.':
    'Indiquez soit un client, soit une opportunité, pas les deux.',
  'No recommendation has this id.': 'Aucune recommandation n’a cet identifiant.',
  'This recommendation is already {status}.': 'Cette recommandation est déjà {status:f}.',
  'This recommendation is {status}: it cannot become {to}.':
    'Cette recommandation est {status:f} : elle ne peut pas devenir {to:f}.',
  'Recommend someone else than yourself.': 'Recommandez quelqu’un d’autre que vous-même.',
  'You already recommended this member for this client or opportunity.':
    'Vous avez déjà recommandé ce membre pour ce client ou cette opportunité.',
  'Ask for 1 to {max} suggestions.': 'Demandez entre 1 et {max} suggestions.',
  'Search with at most {max} characters.': 'Cherchez avec au plus {max} caractères.',
  'Give at most {max} values in {name}.': 'Indiquez au plus {max} valeurs dans {name}.',
  'This cursor does not belong to this list (was the search changed?). Start again without it.':
    'Ce curseur n’appartient pas à cette liste (la recherche a-t-elle changé ?). Recommencez sans lui.',

  // Notifications.
  'List at least one notification.': 'Indiquez au moins une notification.',
  'Mark at most 100 at once.': 'Marquez-en au plus 100 à la fois.',
  'Sign in (or send an API token) to follow your notifications.':
    'Connectez-vous (ou envoyez un jeton d’API) pour suivre vos notifications.',

  // Ledger.
  'No ledger entry has this id.': 'Aucune ligne du registre n’a cet identifiant.',
  'This entry is itself a correction: corrections are not corrected.':
    'Cette ligne est elle-même une correction : on ne corrige pas une correction.',
  'This entry was already corrected.': 'Cette ligne a déjà été corrigée.',

  // Collectives: membership, charter, commitments, journal.
  'No collective has this id.': 'Aucun collectif n’a cet identifiant.',
  'This collective is archived: it can no longer be changed.':
    'Ce collectif est archivé : il ne peut plus être modifié.',
  'Say in a sentence why the collective exists (at least {min} characters).':
    'Dites en une phrase pourquoi le collectif existe (au moins {min} caractères).',
  'Use at most 500 characters.': 'Utilisez au plus 500 caractères.',
  'Use at most 5000 characters.': 'Utilisez au plus 5000 caractères.',
  'Use at most 60 characters.': 'Utilisez au plus 60 caractères.',
  'Use at most 140 characters.': 'Utilisez au plus 140 caractères.',
  'Use at most 1000 characters.': 'Utilisez au plus 1000 caractères.',
  'Use at most 2000 characters.': 'Utilisez au plus 2000 caractères.',
  'Use at most 300 characters.': 'Utilisez au plus 300 caractères.',
  'search: use at most {max} characters.': 'search : utilisez au plus {max} caractères.',
  'Write the agreement (at least {min} characters).': 'Écrivez l’engagement (au moins {min} caractères).',
  'A charter has at most {max} agreements.': 'Une charte compte au plus {max} engagements.',
  'A charter has at most {max} agreements: merge or remove some first.':
    'Une charte compte au plus {max} engagements : regroupez-en ou retirez-en d’abord.',
  'No agreement has this id.': 'Aucun engagement de charte n’a cet identifiant.',
  'Positions start at 1.': 'Les positions commencent à 1.',
  'This agreement was removed meanwhile.': 'Cet engagement a été retiré entre-temps.',
  'List each agreement once.': 'Indiquez chaque engagement une seule fois.',
  'These are not the charter’s current agreements (it may have changed meanwhile): reload it and list every agreement once.':
    'Ce ne sont pas les engagements actuels de la charte (elle a pu changer entre-temps) : rechargez-la et indiquez chaque engagement une fois.',
  'No membership has this id.': 'Aucune adhésion au collectif n’a cet identifiant.',
  'Read the charter and accept it to join.': 'Lisez la charte et acceptez-la pour rejoindre le collectif.',
  'This person is already a member of the collective.': 'Cette personne fait déjà partie du collectif.',
  'This person is already invited.': 'Cette personne est déjà invitée.',
  'This person asked to join: accept their request instead.':
    'Cette personne a demandé à rejoindre le collectif : acceptez plutôt sa demande.',
  'You are already a member of this collective.': 'Vous faites déjà partie de ce collectif.',
  'You already asked to join; the coordinators will answer.':
    'Vous avez déjà demandé à rejoindre le collectif ; les coordinateurs vont répondre.',
  'You are invited to this collective: accept the invitation instead.':
    'Vous êtes invité·e dans ce collectif : acceptez plutôt l’invitation.',
  'This invitation was already answered.': 'Cette invitation a déjà reçu une réponse.',
  'This request was already answered.': 'Cette demande a déjà reçu une réponse.',
  'You are not an active member of this collective.': 'Vous n’êtes pas membre actif de ce collectif.',
  'You are its last member: archive the collective instead.':
    'Vous en êtes le dernier membre : archivez plutôt le collectif.',
  'Only a coordinator names a coordinator.': 'Seul un coordinateur peut nommer un coordinateur.',
  'Name another active member of this collective.': 'Nommez un autre membre actif de ce collectif.',
  'You are its last coordinator: name another member as coordinator before leaving.':
    'Vous en êtes le dernier coordinateur : nommez un autre membre coordinateur avant de partir.',
  'Give a role or responsibilities to change.': 'Indiquez un rôle ou des responsabilités à modifier.',
  'Only active members have a role and responsibilities.':
    'Seuls les membres actifs ont un rôle et des responsabilités.',
  'This is the collective’s last coordinator: name another coordinator first.':
    'C’est le dernier coordinateur du collectif : nommez d’abord un autre coordinateur.',
  'Give a date that exists, as YYYY-MM-DD, e.g. 2026-03-14.':
    'Indiquez une date qui existe, au format AAAA-MM-JJ, par exemple 2026-03-14.',
  'Choose today or a later date.': 'Choisissez aujourd’hui ou une date ultérieure.',
  'Choose a date within five years.': 'Choisissez une date dans les cinq ans.',
  'Say what the commitment is (at least {min} characters).':
    'Dites en quoi consiste l’engagement (au moins {min} caractères).',
  'A renegotiated commitment needs its new due date.': 'Un engagement renégocié a besoin de sa nouvelle échéance.',
  'Only a renegotiation changes the due date.': 'Seule une renégociation change l’échéance.',
  'Choose an active member of this collective.': 'Choisissez un membre actif de ce collectif.',
  'No commitment has this id.': 'Aucun engagement n’a cet identifiant.',
  'A renegotiation agrees on a different due date.': 'Une renégociation convient d’une autre échéance.',
  'This commitment is already {status}.': 'Cet engagement est déjà {status:t}.',
  'Give a title of at least {min} characters.': 'Donnez un titre d’au moins {min} caractères.',

  // Opportunities and interest.
  'No opportunity has this id.': 'Aucune opportunité n’a cet identifiant.',
  'This opportunity is {status}: it no longer gathers members.':
    'Cette opportunité est {status:f} : elle ne rassemble plus de membres.',
  'Say in a few words what you bring (at least {min} characters).':
    'Dites en quelques mots ce que vous apportez (au moins {min} caractères).',
  'You posted this opportunity: you manage its team rather than join it.':
    'Vous avez publié cette opportunité : vous gérez son équipe plutôt que de la rejoindre.',
  'This opportunity is {status}: it no longer gathers interest.':
    'Cette opportunité est {status:f} : elle ne recueille plus de marques d’intérêt.',
  'The deadline has passed.': 'La date limite est passée.',
  'The managers already decided on your interest: ask them to change the note.':
    'Les responsables ont déjà statué sur votre intérêt : demandez-leur de modifier la note.',
  'You have not expressed interest in this opportunity.': 'Vous n’avez pas manifesté d’intérêt pour cette opportunité.',
  'Your interest is {status}: it can no longer be withdrawn.':
    'Votre intérêt est {status:t} : il ne peut plus être retiré.',
  'Decide on at most 100 interests at once.': 'Statuez sur au plus 100 marques d’intérêt à la fois.',
  'List at least one interest.': 'Indiquez au moins une marque d’intérêt.',
  'This is not an interest in this opportunity.': 'Ce n’est pas une marque d’intérêt pour cette opportunité.',
  'This interest is also listed in inTeam.': 'Cette marque d’intérêt figure aussi dans inTeam.',
  'This member withdrew their interest.': 'Ce membre a retiré son intérêt.',
  'This member is already in the team; a team member stays in it.':
    'Ce membre fait déjà partie de l’équipe ; un membre de l’équipe y reste.',
  'This opportunity is {status}: its team can no longer change.':
    'Cette opportunité est {status:f} : son équipe ne peut plus changer.',
  'Describe what is needed in at least {min} characters.': 'Décrivez le besoin en au moins {min} caractères.',
  'Choose a deadline in the future.': 'Choisissez une date limite à venir.',
  'Choose a deadline within two years.': 'Choisissez une date limite dans les deux ans.',
  'This opportunity is already {status}.': 'Cette opportunité est déjà {status:f}.',
  'This opportunity is {status}: that is final.': 'Cette opportunité est {status:f} : c’est définitif.',
  'Only calls for tenders can be {status}.': 'Seuls les appels d’offres peuvent être {status:t}.',
  'An opportunity cannot go from {from} to {to}; from {from2} it can go to {next}.':
    'Une opportunité ne peut pas passer de « {from:f} » à « {to:f} » ; depuis « {from2:f} », elle peut passer à « {next:f} ».',
  'This collective is archived: it cannot post opportunities.':
    'Ce collectif est archivé : il ne peut pas publier d’opportunités.',
  'This opportunity is {status}: it can no longer be edited.':
    'Cette opportunité est {status:f} : elle ne peut plus être modifiée.',

  // Public pages and reports.
  'No public page has this id.': 'Aucune page publique n’a cet identifiant.',
  'Thank you: the federation’s admins will look at this page.':
    'Merci : les admins de la fédération vont examiner cette page.',
  'No report has this id.': 'Aucun signalement n’a cet identifiant.',
  'This report was already resolved.': 'Ce signalement a déjà été traité.',
  'No page has this id.': 'Aucune page n’a cet identifiant.',
  'This page is not online.': 'Cette page n’est pas en ligne.',
  'Write the {what}.': 'Remplissez le champ « {what:t} ».',
  'Write at least {min} characters for the {what}.': 'Écrivez au moins {min} caractères dans le champ « {what:t} ».',
  'Use at most {max} characters for the {what}.': 'Utilisez au plus {max} caractères dans le champ « {what:t} ».',
  'Write some text (markup alone is removed).': 'Écrivez du texte (la mise en forme seule est retirée).',
  'Add at least one item.': 'Ajoutez au moins un élément.',
  'Use at most {max} items.': 'Utilisez au plus {max} éléments.',
  'This link is too long.': 'Ce lien est trop long.',
  'Give an absolute http(s) link, e.g. https://example.fr.':
    'Indiquez un lien complet en http(s), par exemple https://exemple.fr.',
  'Give exactly one kind of section.': 'Indiquez exactement un type de section.',
  'Use at most {max} sections.': 'Utilisez au plus {max} sections.',
  'Another page already uses this name: ask the federation to sort it out.':
    'Une autre page utilise déjà ce nom : demandez à la fédération de régler la question.',
  'Add at least one section before publishing.': 'Ajoutez au moins une section avant de publier.',
  'An admin took this page offline: revise it (save it) before publishing it again. Their reason: {reason}':
    'Un admin a mis cette page hors ligne : révisez-la (enregistrez-la) avant de la publier de nouveau. Sa raison : {reason}',

  // Privacy: export, leaving, erasure.
  'An archive is already being prepared: wait until it is ready.':
    'Une archive est déjà en préparation : attendez qu’elle soit prête.',
  'You asked for {n} archives in the last 24 hours: try again tomorrow.':
    'Vous avez demandé {n} archives ces dernières 24 heures : réessayez demain.',
  'Say which request this is, in a few words.': 'Dites de quelle demande il s’agit, en quelques mots.',
  'Leave the federation from your own “Mes données” screen instead.':
    'Quittez plutôt la fédération depuis votre propre écran « Mes données ».',
  'You are the last coordinator of {names}: name another member as coordinator (or leave the collective naming one) before leaving the federation.':
    'Vous êtes le dernier coordinateur de {names} : nommez un autre membre coordinateur (ou quittez le collectif en en nommant un) avant de quitter la fédération.',
  'Type your handle exactly as shown to confirm that you are leaving.':
    'Tapez votre identifiant exactement comme affiché pour confirmer votre départ.',
  'This member has already left the federation: their data is already erased.':
    'Ce membre a déjà quitté la fédération : ses données sont déjà effacées.',

  // Workshops: registration, attendance, administration.
  'No workshop has this id.': 'Aucun atelier n’a cet identifiant.',
  'Mark at least one participant.': 'Marquez au moins un participant.',
  'Mark at most 1000 participants at a time.': 'Marquez au plus 1000 participants à la fois.',
  'Rate with a whole number from 1 to 5.': 'Notez avec un nombre entier de 1 à 5.',
  'Rate from 1 to 5.': 'Notez de 1 à 5.',
  'This workshop is {status}: there is no attendance to mark.':
    'Cet atelier est {status:t} : il n’y a pas de présence à marquer.',
  'Attendance can be marked once the workshop has started.': 'La présence se marque une fois l’atelier commencé.',
  'This member holds no confirmed seat for this workshop.': 'Ce membre n’a pas de place confirmée pour cet atelier.',
  'This member is listed twice.': 'Ce membre figure deux fois.',
  'This workshop is already completed.': 'Cet atelier est déjà terminé.',
  'This workshop is {status}: only a published workshop can be completed.':
    'Cet atelier est {status:t} : seul un atelier publié peut être terminé.',
  'This workshop has not ended yet: complete it after its end.':
    'Cet atelier n’est pas encore fini : terminez-le après sa fin.',
  'Only participants marked present can give feedback on this workshop.':
    'Seuls les participants marqués présents peuvent donner leur avis sur cet atelier.',
  'Feedback opens once the workshop is completed.': 'Les avis s’ouvrent une fois l’atelier terminé.',
  'You are not registered for this workshop.': 'Vous n’êtes pas inscrit·e à cet atelier.',
  'This workshop has already started or ended: registrations can no longer be cancelled.':
    'Cet atelier a déjà commencé ou est fini : les inscriptions ne peuvent plus être annulées.',
  'You are already registered for this workshop.': 'Vous êtes déjà inscrit·e à cet atelier.',
  'You are already on the waitlist, in position {rank}: you will be notified when a seat frees up.':
    'Vous êtes déjà sur la liste d’attente, en position {rank} : vous serez prévenu·e quand une place se libère.',
  'This workshop was cancelled: look for another date in the calendar.':
    'Cet atelier a été annulé : cherchez une autre date dans le calendrier.',
  'This workshop has already started: registrations are closed.':
    'Cet atelier a déjà commencé : les inscriptions sont closes.',
  'You facilitate this workshop: your place is already kept.':
    'Vous animez cet atelier : votre place est déjà réservée.',
  'This workshop was cancelled before it was published.': 'Cet atelier a été annulé avant d’être publié.',
  'This workshop is still a draft: registration opens once it is published.':
    'Cet atelier est encore un brouillon : les inscriptions ouvrent une fois qu’il est publié.',
  'Use an IANA time zone such as "Europe/Paris".': 'Utilisez un fuseau horaire IANA comme « Europe/Paris ».',
  'Use a link of at most 500 characters.': 'Utilisez un lien d’au plus 500 caractères.',
  'Give a full link starting with https://, e.g. https://visio.example.org/atelier.':
    'Indiquez un lien complet commençant par https://, par exemple https://visio.exemple.org/atelier.',
  'Offer at least 1 seat.': 'Proposez au moins 1 place.',
  'At most 1000 seats.': 'Au plus 1000 places.',
  'Choose at least one facilitator.': 'Choisissez au moins une personne pour animer.',
  'Choose at most 10 facilitators.': 'Choisissez au plus 10 personnes pour animer.',
  'Choose a start in the future.': 'Choisissez un début à venir.',
  'The end must come after the start.': 'La fin doit venir après le début.',
  'A workshop lasts at most 14 days.': 'Un atelier dure au plus 14 jours.',
  'An in-person or hybrid workshop needs a place.': 'Un atelier en présentiel ou hybride a besoin d’un lieu.',
  'An online or hybrid workshop needs a visio link.': 'Un atelier en ligne ou hybride a besoin d’un lien de visio.',
  'Each facilitator must be an active member, listed once.':
    'Chaque personne qui anime doit être un membre actif, indiqué une seule fois.',
  'This workshop is {status}: it can no longer be changed.':
    'Cet atelier est {status:t} : il ne peut plus être modifié.',
  'This workshop has started: only its title, description and skills can still change.':
    'Cet atelier a commencé : seuls son titre, sa description et ses compétences peuvent encore changer.',
  '{n} people already hold a seat: the capacity cannot go below that.':
    '{n} personnes ont déjà une place : la capacité ne peut pas descendre en dessous.',
  'This workshop is already {status}: only drafts are published.':
    'Cet atelier est déjà {status:t} : seuls les brouillons se publient.',
  'Before publishing, give it {missing} (updateWorkshop).':
    'Avant de le publier, donnez-lui {missing:t} (updateWorkshop).',
  'This workshop is already cancelled.': 'Cet atelier est déjà annulé.',
  'This workshop has already ended: it cannot be cancelled (complete it instead).':
    'Cet atelier est déjà fini : il ne peut pas être annulé (terminez-le plutôt).',

  // The Fediverse (console).
  'This instance is not blocked.': 'Cette instance n’est pas bloquée.',

  // Webhooks (console).
  'This URL is too long.': 'Cette URL est trop longue.',
  'Choose at least one event.': 'Choisissez au moins un événement.',
  'No webhook has this id.': 'Aucun webhook n’a cet identifiant.',
  'This webhook is paused: resume it (updateWebhook with active: true) to test it.':
    'Ce webhook est en pause : réactivez-le (updateWebhook avec active: true) pour le tester.',
  'No delivery has this id.': 'Aucun envoi n’a cet identifiant.',
  'This delivery is still pending: it will be attempted again by itself.':
    'Cet envoi est encore en attente : il sera retenté de lui-même.',
  'This is not a URL: give an https:// address.': 'Ce n’est pas une URL : indiquez une adresse https://.',
  'Remove the user name and password from the URL: deliveries are signed instead.':
    'Retirez l’identifiant et le mot de passe de l’URL : les envois sont signés à la place.',
  'The URL has no host name.': 'L’URL n’a pas de nom d’hôte.',
  'Give an https:// URL (http:// only for this machine).':
    'Indiquez une URL https:// (http:// seulement pour cette machine).',
  'Give an https:// URL of a public server.': 'Indiquez l’URL https:// d’un serveur public.',
  'The name {host} does not resolve: check the URL.': 'Le nom {host} ne se résout pas : vérifiez l’URL.',
  '{where} is a {refusal} address: webhooks only reach public servers.':
    '{where} est une adresse {refusal:f} : les webhooks ne joignent que des serveurs publics.',

  // The public endpoint's defences (security/, resilience/).
  'The database cannot be reached at the moment. Retry in a few seconds. A write is applied whole or not at all: if this answered a write, read the current state before sending it again.':
    'La base de données est injoignable pour le moment. Réessayez dans quelques secondes. Une écriture s’applique en entier ou pas du tout : si c’était une écriture, relisez l’état actuel avant de la renvoyer.',
  '"variables" and "extensions" must be JSON objects: {detail}.':
    '« variables » et « extensions » doivent être des objets JSON : {detail}.',
  'This origin is not allowed to call the API from a browser (CORS_ORIGINS).':
    'Cette origine n’a pas le droit d’appeler l’API depuis un navigateur (CORS_ORIGINS).',
  'Requests that carry cookies must send the "X-GraphQL-Client" header (any value, e.g. the app name) or a JSON body with "Content-Type: application/json". This protects signed-in members from cross-site request forgery.':
    'Une requête avec des cookies doit envoyer l’en-tête « X-GraphQL-Client » (n’importe quelle valeur, par exemple le nom de l’application) ou un corps JSON avec « Content-Type: application/json ». Cela protège les membres connectés contre la falsification de requêtes intersites.',
  'The request body is larger than {max} bytes. Send a smaller operation (its variables included).':
    'Le corps de la requête dépasse {max} octets. Envoyez une opération plus petite (variables comprises).',
  '{where} contains a NUL character (\\u0000), which no field accepts. Remove it and send the request again.':
    '{where:t} contient un caractère NUL (\\u0000), qu’aucun champ n’accepte. Retirez-le et renvoyez la requête.',
  'No persisted document has {named}. The app may be out of date: reload it. API clients can send the document itself in "query".':
    'Aucun document enregistré n’a {named:t}. L’application n’est peut-être pas à jour : rechargez-la. Les clients d’API peuvent envoyer le document lui-même dans « query ».',
  'Signed-in browser sessions may only run the platform\'s persisted operations: send "extensions.persistedQuery.sha256Hash". To run your own queries, use an API token (Authorization: Bearer …) or call anonymously.':
    'Une session de navigateur connectée ne peut lancer que les opérations enregistrées de la plateforme : envoyez « extensions.persistedQuery.sha256Hash ». Pour vos propres requêtes, utilisez un jeton d’API (Authorization: Bearer …) ou appelez sans session.',
  'Send the operation in "query", or the hash of a persisted document in "extensions.persistedQuery.sha256Hash" (or "documentId").':
    'Envoyez l’opération dans « query », ou l’empreinte d’un document enregistré dans « extensions.persistedQuery.sha256Hash » (ou « documentId »).',
  'Rate limit reached: {situation}. Retry in {seconds} s, or ask for fewer items per operation.':
    'Limite de débit atteinte : {situation:t}. Réessayez dans {seconds} s, ou demandez moins d’éléments par opération.',
  'none of your {budget} are left': 'il ne reste rien de vos {budget:t}',
  'this operation costs {cost} and {remaining} of your {budget} are left':
    'cette opération coûte {cost} et il reste {remaining} de vos {budget:t}',
  '{n} points per {s} s': '{n} points par {s} s',
  '"{argument}" on {field} must be between 0 and {max} (got {value}). Page through larger results with "after" / "before".':
    '« {argument} » sur {field} doit être entre 0 et {max} (reçu : {value}). Parcourez les résultats plus longs page par page avec « after » / « before ».',
  'Introspection nests {depth} lists; the limit is {max} (types › fields › args). Use the standard introspection query, or download the SDL.':
    'L’introspection imbrique {depth} listes ; la limite est {max} (types › fields › args). Utilisez la requête d’introspection standard, ou téléchargez le SDL.',
  'The operation costs {cost} points; the limit is {max}. Ask for smaller pages ("first" / "last") or fewer nested lists (docs/api.md explains the cost).':
    'L’opération coûte {cost} points ; la limite est {max}. Demandez des pages plus petites (« first » / « last ») ou moins de listes imbriquées (docs/api.md explique le coût).',
  'One selection set of the document selects {n} fields; the limit is {max}. Select each field once, or split the operation.':
    'Une sélection du document demande {n} champs ; la limite est {max}. Demandez chaque champ une fois, ou découpez l’opération.',
  'The document selects {n} fields; the limit is {max}. Split it into smaller operations.':
    'Le document demande {n} champs ; la limite est {max}. Découpez-le en opérations plus petites.',
  'The document has more than {n} tokens. Send smaller operations.':
    'Le document compte plus de {n} lexèmes. Envoyez des opérations plus petites.',
  'The operation nests fields {n} levels deep; the limit is {max}. Flatten it, or fetch the deeper data in a second operation.':
    'L’opération imbrique des champs sur {n} niveaux ; la limite est {max}. Aplatissez-la, ou demandez les données plus profondes dans une seconde opération.',
  'The operation uses {n} aliases; the limit is {max}. Use list fields or connections instead of aliasing the same field.':
    'L’opération utilise {n} alias ; la limite est {max}. Utilisez des listes ou des connexions plutôt que d’aliaser le même champ.',
  'The operation uses {n} directives; the limit is {max}.': 'L’opération utilise {n} directives ; la limite est {max}.',
  'representations: send at most {max} references at once.':
    'representations : envoyez au plus {max} références à la fois.',
  'nodes(ids:) takes at most {max} IDs ({n} were sent): split the list.':
    'nodes(ids:) accepte au plus {max} identifiants ({n} envoyés) : découpez la liste.',
  'months: choose between 1 and {max}.': 'months : choisissez entre 1 et {max}.',
  'The variable {name}': 'La variable {name}',
  'the hash "{hash}"': 'l’empreinte « {hash} »',
};

/**
 * Words and phrases the code interpolates into sentences (statuses, field names, units): `{x:t}` takes
 * the first (masculine) form, `{x:f}` the second. Looked up case-insensitively; lists ("a, b") item by item.
 */
export const VALUES: Record<string, readonly [string, string]> = {
  // Workshop, commitment, introduction, recommendation, opportunity, interest and member statuses.
  draft: ['brouillon', 'brouillon'],
  published: ['publié', 'publiée'],
  cancelled: ['annulé', 'annulée'],
  completed: ['terminé', 'terminée'],
  open: ['ouvert', 'ouverte'],
  kept: ['tenu', 'tenue'],
  renegotiated: ['renégocié', 'renégociée'],
  missed: ['manqué', 'manquée'],
  pending: ['en attente', 'en attente'],
  accepted: ['accepté', 'acceptée'],
  declined: ['refusé', 'refusée'],
  withdrawn: ['retiré', 'retirée'],
  sent: ['envoyé', 'envoyée'],
  acknowledged: ['pris en compte', 'prise en compte'],
  won: ['gagné', 'gagnée'],
  lost: ['perdu', 'perdue'],
  team_forming: ['en constitution d’équipe', 'en constitution d’équipe'],
  submitted: ['déposé', 'déposée'],
  closed: ['clôturé', 'clôturée'],
  interested: ['intéressé', 'intéressée'],
  in_team: ['dans l’équipe', 'dans l’équipe'],
  not_retained: ['non retenu', 'non retenue'],
  applicant: ['candidat', 'candidate'],
  active: ['actif', 'active'],
  suspended: ['suspendu', 'suspendue'],
  left: ['parti', 'partie'],
  // What an id names (uuidOf), page fields (plainText).
  collective: ['collectif', 'collectif'],
  member: ['membre', 'membre'],
  title: ['titre', 'titre'],
  description: ['description', 'description'],
  client: ['client', 'client'],
  'button text': ['texte du bouton', 'texte du bouton'],
  // Sign-in attempts and reports per address (auth/attempts.ts).
  attempts: ['tentatives', 'tentatives'],
  reports: ['signalements', 'signalements'],
  'an hour': ['une heure', 'une heure'],
  // What a workshop still needs before publishing.
  'a start in the future': ['un début à venir', 'un début à venir'],
  'at least one facilitator': ['au moins une personne pour animer', 'au moins une personne pour animer'],
  'a place': ['un lieu', 'un lieu'],
  'a visio link': ['un lien de visio', 'un lien de visio'],
  // Addresses webhooks refuse (webhooks/address.ts).
  loopback: ['de bouclage', 'de bouclage'],
  private: ['privé', 'privée'],
  'link-local': ['lien-local', 'lien-local'],
  'shared (cgnat)': ['partagé (CGNAT)', 'partagée (CGNAT)'],
  multicast: ['multidiffusion', 'multidiffusion'],
  reserved: ['réservé', 'réservée'],
  // Where a NUL character was found; how a persisted document was named.
  'the operation name': ['Le nom de l’opération', 'Le nom de l’opération'],
  'a string in the document': ['Une chaîne du document', 'Une chaîne du document'],
  'this hash (expected "sha256:" and 64 hex digits)': [
    'cette empreinte (attendu : « sha256: » et 64 chiffres hexadécimaux)',
    'cette empreinte',
  ],
};
