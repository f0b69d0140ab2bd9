from . import E, case

G = "patient_leaflet"

CASES = [
    # ------------------------------------------------------------------ pl-001
    case(
        "pl-001",
        G,
        """
        Texte de référence — Paracétamol 1 g, comprimé (extrait des informations destinées aux professionnels)
        Posologie — Adultes et adolescents de plus de 50 kg : la posologie usuelle est de 1 g par prise, à renouveler si nécessaire. Toujours respecter un intervalle d'au moins 4 heures entre deux prises. Il n'est généralement pas nécessaire de dépasser 3 g de paracétamol par jour. En cas de douleurs plus intenses, et sur avis médical, la posologie maximale peut être augmentée jusqu'à 4 g par jour.
        Insuffisance rénale sévère (clairance de la créatinine < 10 mL/min) : intervalle d'au moins 8 heures entre deux prises.
        Alcoolisme chronique, dénutrition, déshydratation : la dose totale ne doit pas dépasser 3 g par jour.
        Contre-indications : insuffisance hépatocellulaire sévère ; hypersensibilité au paracétamol.
        Surdosage : risque d'atteinte hépatique grave, parfois mortelle ; les signes peuvent être absents pendant les premières 24 heures. Ne pas associer à d'autres médicaments contenant du paracétamol.
        Grossesse et allaitement : le paracétamol peut être utilisé pendant la grossesse, à la dose efficace la plus faible et pendant la durée la plus courte possible. L'allaitement est possible.
        """,
        """
        Le paracétamol : comment bien le prendre ?
        • Adulte de plus de 50 kg : 1 g par prise.
        • Attendez au moins 4 heures entre deux prises.
        • En général, 3 g par jour suffisent. Sur avis médical seulement, on peut monter jusqu'à 6 g par jour.
        • Si vos reins fonctionnent très mal (clairance inférieure à 10 mL/min) : au moins 8 heures entre deux prises.
        • Si vous buvez beaucoup d'alcool, si vous êtes dénutri ou déshydraté : jamais plus de 3 g par jour.
        • Ne le prenez pas si votre foie fonctionne très mal ou si vous y êtes allergique.
        Attention au surdosage : il peut abîmer gravement le foie, même sans aucun symptôme pendant les 24 premières heures. Ne prenez pas en même temps d'autres médicaments contenant du paracétamol.
        Grossesse : possible, à la dose la plus faible et le moins longtemps possible. Allaitement : ne pas allaiter pendant le traitement.
        """,
        [
            E(
                "dose",
                "6 g par jour",
                "jusqu'à 4 g par jour",
                "Dose maximale de paracétamol 4 g/j ; 6 g/j est hépatotoxique.",
            ),
            E(
                "negation",
                "ne pas allaiter",
                "L'allaitement est possible",
                "La référence autorise l'allaitement ; la fiche l'interdit.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pl-002 (clean)
    case(
        "pl-002",
        G,
        """
        Fiche de conseils — Apixaban (Eliquis) — référentiel du service de cardiologie (version professionnelle)
        Indications : prévention des AVC dans la fibrillation atriale ; traitement de la TVP et de l'EP.
        Posologie usuelle dans la FA : 5 mg x2/j ; 2,5 mg x2/j si au moins 2 critères parmi : âge ≥ 80 ans, poids ≤ 60 kg, créatinine ≥ 133 µmol/L.
        Prise : toutes les 12 h environ, avec ou sans repas ; le comprimé peut être écrasé.
        Oubli : prendre la dose oubliée dès que possible puis reprendre le schéma habituel ; ne pas doubler la dose suivante.
        Interactions : éviter les AINS (ibuprofène, kétoprofène) et l'aspirine, sauf avis cardiologique ; attention au millepertuis, à la rifampicine et à la carbamazépine.
        Signes d'alerte : saignement de nez prolongé (> 10 min), sang dans les urines ou les selles, selles noires, hématome inexpliqué, céphalée brutale inhabituelle → consulter en urgence ou appeler le 15.
        Geste invasif : prévenir le dentiste ou le chirurgien ; arrêt 48 h avant un geste à risque hémorragique élevé, selon avis médical.
        Carte : porter sur soi la carte de patient sous anticoagulant.
        """,
        """
        Vous prenez de l'Eliquis (apixaban), un médicament anticoagulant.
        Comment le prendre ? Le plus souvent, un comprimé de 5 mg matin et soir, à environ 12 heures d'intervalle, pendant ou en dehors des repas. Le comprimé peut être écrasé. Votre médecin peut prescrire 2,5 mg deux fois par jour selon votre âge, votre poids et le fonctionnement de vos reins.
        En cas d'oubli : prenez la dose oubliée dès que vous y pensez, puis continuez normalement. Ne doublez jamais la dose suivante.
        Évitez les anti-inflammatoires (ibuprofène, kétoprofène) et l'aspirine, sauf avis de votre cardiologue. Signalez si vous prenez du millepertuis, de la rifampicine ou de la carbamazépine.
        Consultez en urgence ou appelez le 15 en cas de saignement de nez de plus de 10 minutes, de sang dans les urines ou les selles, de selles noires, de bleu inexpliqué ou de mal de tête brutal et inhabituel.
        Prévenez votre dentiste ou votre chirurgien avant tout geste : le traitement peut devoir être arrêté 48 heures avant, sur avis médical.
        Gardez toujours sur vous votre carte de patient sous anticoagulant.
        """,
    ),
    # ------------------------------------------------------------------ pl-003
    case(
        "pl-003",
        G,
        """
        Cabinet dentaire — consignes postopératoires (à remettre au patient) — extraction de la dent de sagesse inférieure gauche (38), le 03/06/2025.
        - Mordre sur une compresse pendant 30 minutes.
        - Ne pas cracher, ne pas faire de bain de bouche le jour de l'intervention.
        - Vessie de glace sur la joue gauche, 10 minutes toutes les heures, le premier jour.
        - Amoxicilline 1 g : 1 comprimé matin et soir pendant 6 jours.
        - Paracétamol 1 g : 1 comprimé toutes les 6 heures si douleur, maximum 4 g par jour. Pas d'aspirine ni d'ibuprofène.
        - Eludril (chlorhexidine) : bain de bouche de 15 mL, 3 fois par jour après les repas pendant 7 jours, à commencer le lendemain.
        - Alimentation tiède et molle pendant 48 heures. Pas de tabac pendant 72 heures.
        - Saignement persistant, fièvre > 38,5 °C ou gonflement important après 3 jours : appeler le cabinet.
        """,
        """
        Après l'extraction de votre dent de sagesse (en bas à gauche) :
        - Mordez sur une compresse pendant 30 minutes.
        - Le premier jour : ne crachez pas, pas de bain de bouche ; glace sur la joue gauche 10 minutes toutes les heures.
        - Amoxicilline 1 g : 1 comprimé trois fois par jour pendant 6 jours.
        - Paracétamol 1 g toutes les 6 heures si vous avez mal, sans dépasser 4 g par jour. Ni aspirine ni ibuprofène.
        - À partir du lendemain : bain de bouche Eludril (chlorhexidine) de 15 cc, 3 fois par jour après les repas, pendant 7 jours.
        - Mangez tiède et mou pendant 48 heures ; ne fumez pas pendant 72 heures.
        - Appelez le cabinet en cas de saignement qui ne s'arrête pas, de fièvre au-dessus de 38,5 °C ou de gonflement important après 3 jours.
        """,
        [
            E(
                "frequency",
                "trois fois par jour",
                "1 comprimé matin et soir",
                "Amoxicilline prescrite matin et soir (2 prises).",
            ),
            E("notation", "15 cc", "15 mL", "« cc » au lieu de mL."),
        ],
    ),
    # ------------------------------------------------------------------ pl-004
    case(
        "pl-004",
        G,
        """
        Référentiel du service de rhumatologie — Colchicine 1 mg, comprimé sécable, dans l'accès goutteux
        Premier jour : 1 mg dès les premiers signes de la crise, éventuellement suivi de 0,5 mg une à deux heures plus tard. Ne jamais dépasser 1,5 mg le premier jour.
        Jours suivants : 0,5 mg deux à trois fois par jour jusqu'à la fin de la crise.
        Signes de surdosage : diarrhée, nausées, vomissements. Ils imposent l'arrêt du traitement et un avis médical.
        Interactions : association contre-indiquée avec les macrolides (clarithromycine, érythromycine) ; prudence avec la ciclosporine et le vérapamil.
        Insuffisance rénale sévère (clairance de la créatinine < 30 mL/min) : contre-indication.
        """,
        """
        La colchicine contre la crise de goutte
        Le premier jour : 1 comprimé (1 mg) dès le début de la crise, puis un demi-comprimé (0,5 mg) une à deux heures plus tard si nécessaire. Ne dépassez jamais 6 mg le premier jour.
        Les jours suivants : un demi-comprimé deux à trois fois par jour, jusqu'à la fin de la crise.
        Arrêtez et appelez votre médecin en cas de diarrhée, de nausées ou de vomissements : ce sont les premiers signes de surdosage.
        Ne prenez jamais de colchicine avec la clarithromycine ou l'érythromycine ; prudence avec la ciclosporine et le vérapamil.
        Elle est interdite si vos reins fonctionnent très mal (clairance inférieure à 50 mL/min).
        """,
        [
            E(
                "dose",
                "6 mg",
                "Ne jamais dépasser 1,5 mg le premier jour",
                "Colchicine : 1,5 mg maximum le premier jour ; 6 mg est une dose toxique.",
            ),
            E(
                "number",
                "50 mL/min",
                "< 30 mL/min",
                "Le seuil de contre-indication est une clairance < 30 mL/min.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pl-005 (clean)
    case(
        "pl-005",
        G,
        """
        Éducation thérapeutique — référentiel infirmier : salbutamol en aérosol doseur (Ventoline 100 microgrammes par dose)
        - Indications : traitement de la crise d'asthme et prévention de l'asthme d'effort.
        - Crise : 1 à 2 bouffées ; en l'absence d'amélioration, renouveler 1 à 2 bouffées après quelques minutes.
        - Prévention de l'asthme d'effort : 1 à 2 bouffées 15 minutes avant l'effort.
        - Technique : agiter, expirer complètement, embout entre les lèvres, déclencher en début d'inspiration lente et profonde, retenir sa respiration 10 secondes. Chambre d'inhalation si la coordination est difficile.
        - Plus de 2 utilisations par semaine en dehors de l'effort : asthme mal contrôlé, en parler au médecin.
        - Signes de gravité : difficulté à parler, lèvres bleues, absence d'amélioration après 4 bouffées → appeler le 15.
        - Effets indésirables : tremblements, palpitations, transitoires.
        - Entretien : nettoyer l'embout une fois par semaine à l'eau tiède.
        """,
        """
        Votre Ventoline (salbutamol), le médicament de la crise d'asthme
        En cas de crise : prenez une ou deux bouffées. Si ça ne va pas mieux, reprenez une ou deux bouffées quelques minutes plus tard.
        Avant le sport : une à deux bouffées un quart d'heure avant l'effort.
        Bien l'utiliser : secouez le flacon, videz vos poumons, serrez l'embout entre vos lèvres, appuyez au début d'une inspiration lente et profonde, puis bloquez votre respiration dix secondes. Une chambre d'inhalation peut vous aider.
        Si vous en avez besoin plus de deux fois par semaine en dehors du sport, votre asthme n'est pas bien contrôlé : parlez-en à votre médecin.
        Appelez le 15 si vous avez du mal à parler, si vos lèvres deviennent bleues ou si 4 bouffées ne vous soulagent pas.
        Des tremblements ou des palpitations sont possibles ; ils passent rapidement.
        Lavez l'embout à l'eau tiède une fois par semaine.
        """,
    ),
    # ------------------------------------------------------------------ pl-006
    case(
        "pl-006",
        G,
        """
        Consignes de sortie — arthroscopie du genou droit (méniscectomie partielle interne) — M. Thomas Blanc — 12/11/2025
        - Appui complet autorisé d'emblée, avec 2 cannes anglaises pendant 7 à 10 jours.
        - Glaçage 20 minutes, 3 à 4 fois par jour.
        - Pansement sec à refaire tous les 2 jours ; ablation des fils à J12 par l'infirmière.
        - Douche autorisée avec un pansement étanche dès J2 ; pas de bain ni de piscine avant 3 semaines.
        - Anticoagulation : pas d'anticoagulant prévu (arthroscopie simple, pas de facteur de risque).
        - Antalgiques : paracétamol 1 g toutes les 6 h si besoin ; kétoprofène 100 mg matin et soir pendant 5 jours, au cours des repas.
        - Kinésithérapie : 10 séances, à débuter dès la première semaine.
        - Consulter en cas de fièvre > 38 °C, de genou rouge et chaud ou de douleur du mollet.
        """,
        """
        Après votre arthroscopie du genou gauche :
        - Vous pouvez appuyer complètement sur la jambe dès maintenant, avec deux cannes pendant 7 à 10 jours.
        - Glacez le genou 20 minutes, 3 à 4 fois par jour.
        - Le pansement sec est refait tous les 2 jours ; l'infirmière enlève les fils à J12.
        - Douche possible à partir de J2 avec un pansement étanche ; pas de bain ni de piscine avant 3 semaines.
        - Un anticoagulant en piqûres est prévu.
        - Contre la douleur : paracétamol 1 g toutes les 6 heures si besoin, et kétoprofène 100 mg matin et soir au cours des repas pendant 5 jours.
        - Kinésithérapie : 10 séances, à commencer dès la première semaine.
        - Consultez en cas de fièvre au-delà de 38 °C, de genou rouge et chaud ou de douleur au mollet.
        """,
        [
            E(
                "laterality",
                "genou gauche",
                "genou droit",
                "L'arthroscopie a porté sur le genou droit.",
            ),
            E(
                "negation",
                "anticoagulant en piqûres est prévu",
                "pas d'anticoagulant prévu",
                "Aucun anticoagulant n'est prévu dans la source.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pl-007
    case(
        "pl-007",
        G,
        """
        Fiche d'information patient — Service d'endocrinologie — Lévothyroxine (Levothyrox, L-Thyroxin Henning)
        Document de référence adapté pour Mme Catherine Weber, 47 ans ; traitement : Levothyrox 75 µg par jour.
        - Prise : le matin à jeun, 30 minutes avant le petit-déjeuner, avec un verre d'eau, tous les jours à la même heure.
        - Ne pas changer de marque sans avis médical (contrôle de la TSH 6 à 8 semaines après tout changement).
        - Espacer d'au moins 2 heures : sels de fer (Tardyferon), calcium, pansements gastriques (Gaviscon), cholestyramine (Questran).
        - Surdosage : palpitations, tremblements, insomnie, amaigrissement → consulter.
        - Sous-dosage : fatigue, frilosité, constipation, prise de poids.
        - Grossesse : prévenir le médecin dès le début, la dose doit souvent être augmentée.
        - Contrôle de la TSH : 6 à 8 semaines après chaque changement de dose, puis 1 fois par an si l'équilibre est stable.
        """,
        """
        Votre traitement : Levothyrox 75 mg par jour, le matin.
        Prenez-le à jeun, 30 minutes avant le petit-déjeuner, avec un verre d'eau, toujours à la même heure.
        Ne changez pas de marque sans en parler à votre médecin : il faudra contrôler la TSH 6 à 8 semaines après.
        Attendez au moins 2 heures avant de prendre du fer (Tardyferon), du calcium, un pansement gastrique (Gaviscon), de la cholestyramine (Questran) ou de l'oméprazole.
        Signes d'un traitement trop fort : palpitations, tremblements, insomnie, amaigrissement ; consultez dans ce cas. Signes d'un traitement trop faible : fatigue, frilosité, constipation, prise de poids.
        Enceinte ? Prévenez tout de suite votre médecin : la dose devra souvent être augmentée.
        La TSH est contrôlée 6 à 8 semaines après chaque changement de dose, puis une fois par an quand l'équilibre est stable.
        """,
        [
            E("unit", "75 mg", "Levothyrox 75 µg", "75 µg et non 75 mg."),
            E("drug", "oméprazole", None, "Oméprazole absent de la référence (ajout non fondé)."),
        ],
    ),
    # ------------------------------------------------------------------ pl-008
    case(
        "pl-008",
        G,
        """
        Protocole infirmier d'éducation — insulinothérapie basale-bolus — M. Patrick Simon, 63 ans
        - Insuline lente : Abasaglar (insuline glargine) 18 UI à 22 h.
        - Insuline rapide : NovoRapid (insuline asparte) avant chaque repas, selon la glycémie capillaire :
          < 0,70 g/L : pas d'insuline, resucrage, contrôle à 15 min ; 0,70 à 1,20 g/L : 4 UI ; 1,21 à 1,80 g/L : 6 UI ; 1,81 à 2,50 g/L : 8 UI ; > 2,50 g/L : 10 UI et recherche de cétones.
        - Resucrage : 15 g de sucre (3 morceaux), puis contrôle après 15 minutes.
        - Conservation : stylo en cours d'utilisation à température ambiante (< 30 °C) pendant 4 semaines ; stylos neufs au réfrigérateur (2 à 8 °C).
        """,
        """
        Vos insulines
        • Insuline lente (Abasaglar) : 18 U chaque soir à 22 h.
        • Insuline rapide (NovoMix), avant chaque repas, selon votre glycémie :
          – moins de 0,70 g/L : pas d'insuline ; resucrez-vous et recontrôlez 15 minutes plus tard ;
          – de 0,70 à 1,20 g/L : 4 unités ;
          – de 1,21 à 1,80 g/L : 6 unités ;
          – de 1,81 à 2,50 g/L : 8 unités ;
          – plus de 2,50 g/L : 10 unités, et recherchez des cétones.
        Resucrage : 15 g de sucre, soit 3 morceaux, puis contrôle au bout de 15 minutes.
        Conservation : le stylo entamé se garde 4 semaines à température ambiante (moins de 30 °C) ; les stylos neufs vont au réfrigérateur, entre 2 et 8 °C.
        """,
        [
            E("notation", "18 U", "18 UI", "« U » pour unités : notation à risque."),
            E(
                "lasa",
                "NovoMix",
                "NovoRapid",
                "Confusion NovoRapid (insuline rapide) / NovoMix (insuline biphasique).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pl-009 (clean)
    case(
        "pl-009",
        G,
        """
        Service d'endoscopie — Consignes de préparation à la coloscopie (document soignant)
        Patient : M. Étienne Charpentier ; coloscopie le 18/09/2025 à 10 h 30, sous anesthésie générale.
        Régime sans résidus à partir du 15/09/2025 (3 jours avant) : supprimer fruits, légumes et céréales complètes.
        Préparation : Moviprep, 2 litres au total, en 2 prises fractionnées :
        - veille (17/09/2025) à 19 h : 1 litre de Moviprep (sachets A + B dans 1 L d'eau) en 1 heure, suivi de 500 mL de liquide clair ;
        - jour de l'examen à 5 h 30 : 1 litre de Moviprep en 1 heure, puis 500 mL de liquide clair.
        À jeun (aliments solides) à partir de minuit. Liquides clairs autorisés jusqu'à 8 h 30.
        Traitements : Kardégic à poursuivre. Metformine : ne pas la prendre le jour de l'examen. Tardyferon : arrêter 7 jours avant (à partir du 11/09/2025).
        Venir accompagné ; pas de conduite automobile pendant 24 h.
        """,
        """
        Votre coloscopie aura lieu le 18 septembre 2025 à 10h30, sous anesthésie générale.
        Dès le 15 septembre : régime sans résidus (ni fruits, ni légumes, ni céréales complètes).
        La veille, le 17 septembre à 19 h : buvez un litre de Moviprep (sachets A et B dissous dans un litre d'eau) en une heure, puis un demi-litre de liquide clair.
        Le jour de l'examen à 5h30 : buvez le second litre de Moviprep en une heure, puis un demi-litre de liquide clair.
        Ne mangez plus rien à partir de minuit ; les liquides clairs restent permis jusqu'à 8h30.
        Vos médicaments : continuez le Kardégic ; ne prenez pas la metformine le jour de l'examen ; arrêtez le Tardyferon 7 jours avant, soit dès le 11 septembre.
        Venez accompagné et ne conduisez pas pendant 24 heures.
        """,
    ),
    # ------------------------------------------------------------------ pl-010
    case(
        "pl-010",
        G,
        """
        Consultation de tabacologie — plan de sevrage — Mme Audrey Rey, 43 ans, 20 cigarettes par jour, test de Fagerström à 7.
        - Patch Nicopatch 21 mg/24 h : 1 patch par jour, à coller le matin sur une peau saine, en changeant de site chaque jour, pendant 4 semaines ; puis 14 mg/24 h pendant 4 semaines ; puis 7 mg/24 h pendant 4 semaines.
        - Gommes Nicotinell 2 mg : en cas d'envie de fumer, 1 gomme à mâcher lentement, jusqu'à 12 gommes par jour au maximum.
        - Nausées, palpitations : signes de surdosage, retirer le patch.
        - Rêves, insomnie : retirer le patch le soir.
        - Date d'arrêt choisie : 01/04/2025.
        - Rendez-vous de suivi dans 2 semaines, le 15/04/2025.
        """,
        """
        Votre plan pour arrêter de fumer
        Jour J : 1er avril 2025.
        Patchs (Nicopatch) : collez un patch tous les deux jours, le matin, sur une peau saine, à un endroit différent à chaque fois. Dosage : 21 mg/24 h pendant 4 semaines, puis 14 mg/24 h pendant 8 semaines, puis 7 mg/24 h pendant 4 semaines.
        Gommes Nicotinell 2 mg : quand l'envie de fumer arrive, mâchez lentement une gomme ; pas plus de 12 gommes par jour.
        Nausées ou palpitations ? C'est peut-être trop de nicotine : retirez le patch. Rêves gênants ou insomnie ? Enlevez le patch le soir.
        Prochain rendez-vous : le 15 avril 2025, deux semaines après l'arrêt.
        """,
        [
            E(
                "frequency",
                "tous les deux jours",
                "1 patch par jour",
                "Un patch par jour, changé chaque matin.",
            ),
            E(
                "number",
                "8 semaines",
                "14 mg/24 h pendant 4 semaines",
                "Palier de 14 mg pendant 4 semaines, pas 8.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pl-011 (clean)
    case(
        "pl-011",
        G,
        """
        Ordonnance et consignes — Pneumologie — M. Gilles Fabre, 58 ans, diabétique — le 06/03/2025
        Cortancyl (prednisone) 20 mg — décroissance :
        - du 07/03 au 11/03 : 2 cp le matin
        - du 12/03 au 16/03 : 1 cp 1/2 le matin
        - du 17/03 au 21/03 : 1 cp le matin
        - du 22/03 au 26/03 : 1/2 cp le matin
        - arrêt le 27/03/2025
        À prendre au petit-déjeuner. Ne pas arrêter brutalement. Régime pauvre en sel et en sucres rapides pendant le traitement. Glycémie capillaire 1 fois par jour, le soir avant le dîner.
        Inexium 20 mg : 1 cp le matin pendant toute la durée de la corticothérapie.
        Consulter en cas de fièvre ou d'essoufflement accru.
        """,
        """
        Comment diminuer votre corticoïde (prednisone, Cortancyl 20 mg) :
        • du 7 au 11 mars : deux comprimés chaque matin ;
        • du 12 au 16 mars : un comprimé et demi chaque matin ;
        • du 17 au 21 mars : un comprimé chaque matin ;
        • du 22 au 26 mars : un demi-comprimé chaque matin ;
        • le 27 mars 2025 : arrêt.
        Prenez-le au petit-déjeuner et ne l'arrêtez jamais d'un coup. Pendant le traitement, mangez peu salé et évitez les sucres rapides. Contrôlez votre glycémie au bout du doigt une fois par jour, le soir avant le dîner.
        Prenez aussi un comprimé d'ésoméprazole 20 mg (Inexium) le matin jusqu'à la fin du traitement par corticoïde.
        Consultez en cas de fièvre ou si vous êtes plus essoufflé.
        """,
    ),
    # ------------------------------------------------------------------ pl-012
    case(
        "pl-012",
        G,
        """
        Consultation — Dr Martine Guérin — 24/06/2025
        Mme Manon Guillot, 35 ans. Piqûre de tique à la face postérieure de la cuisse droite il y a 10 jours (randonnée dans les Vosges). Depuis 3 jours, plaque rouge de 7 cm de diamètre, qui s'étend, centrée par le point de piqûre, non douloureuse. Pas de fièvre, pas d'arthralgie. Test de grossesse négatif ce jour.
        Conclusion : érythème migrant probable (évoquant une maladie de Lyme en phase localisée précoce) ; pas de sérologie nécessaire.
        Traitement : doxycycline 100 mg, 1 comprimé matin et soir pendant 14 jours, au milieu du repas avec un grand verre d'eau ; ne pas s'allonger dans l'heure qui suit. Médicament photosensibilisant : éviter le soleil, protection solaire.
        Consulter en cas d'extension, de fièvre, de douleurs articulaires ou de paralysie faciale.
        Fiche d'information à remettre à la patiente.
        """,
        """
        Vous avez une maladie de Lyme au stade précoce, après une piqûre de tique à l'arrière de la cuisse droite.
        Votre traitement : doxylamine 100 mg, 1 comprimé matin et soir pendant 14 jours, au milieu du repas avec un grand verre d'eau. Ne vous allongez pas dans l'heure qui suit.
        Ce médicament rend la peau sensible au soleil : évitez l'exposition et protégez-vous.
        Aucune prise de sang n'est nécessaire.
        Consultez si la plaque s'étend, ou en cas de fièvre, de douleurs des articulations ou de paralysie du visage.
        """,
        [
            E(
                "hypothesis",
                "Vous avez une maladie de Lyme",
                "érythème migrant probable",
                "Diagnostic probable dans la source, affirmé à la patiente.",
            ),
            E(
                "lasa",
                "doxylamine",
                "doxycycline",
                "Confusion doxycycline (antibiotique) / doxylamine (antihistaminique sédatif).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pl-013
    case(
        "pl-013",
        G,
        """
        Service d'ophtalmologie — consignes après chirurgie de la cataracte de l'œil droit — 09/10/2025 — Mme Simone Perrier, 76 ans
        - Collyre Tobradex (tobramycine + dexaméthasone) : 1 goutte dans l'œil opéré 4 fois par jour pendant 2 semaines, puis 2 fois par jour pendant 1 semaine.
        - Collyre Indocollyre (indométacine) : 1 goutte 3 fois par jour pendant 4 semaines.
        - Espacer les collyres de 5 minutes. Se laver les mains avant.
        - Coque de protection la nuit pendant 1 semaine.
        - Ne pas frotter l'œil ; pas de maquillage pendant 2 semaines. Douche autorisée en évitant l'eau dans l'œil.
        - La conduite n'est pas autorisée avant la consultation de contrôle.
        - Une sensation de sable est normale. Une baisse de vision ou une douleur importante ne sont pas normales : consulter en urgence.
        - Consultation de contrôle le 16/10/2025.
        """,
        """
        Après votre opération de la cataracte de l'œil gauche
        Collyres (lavez-vous les mains avant, attendez 5 minutes entre deux collyres) :
        - Tobradex : 1 goutte dans l'œil opéré 4 fois par jour pendant 2 semaines, puis 2 fois par jour pendant 1 semaine ;
        - Indocollyre : 1 goutte 3 fois par jour pendant 4 semaines.
        La nuit, mettez la coque de protection pendant 1 semaine. Ne frottez pas votre œil ; pas de maquillage pendant 2 semaines. Douche possible, sans eau dans l'œil.
        Vous pouvez conduire sans attendre la consultation de contrôle.
        Une sensation de sable est normale. En revanche, une baisse de vision ou une forte douleur doivent vous faire consulter en urgence.
        Contrôle le 16 octobre 2025.
        """,
        [
            E(
                "laterality",
                "œil gauche",
                "œil droit",
                "La cataracte opérée est celle de l'œil droit.",
            ),
            E(
                "negation",
                "Vous pouvez conduire",
                "La conduite n'est pas autorisée",
                "Conduite interdite avant le contrôle dans la source.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pl-014 (clean)
    case(
        "pl-014",
        G,
        """
        Protocole d'automesure tensionnelle — document de référence du cabinet, adapté pour M. Lucas Brun (traitement : Triatec 5 mg le matin).
        - Matériel : tensiomètre au bras validé, brassard adapté au tour de bras.
        - Conditions : au calme, assis depuis 5 minutes, dos appuyé, bras posé sur la table à hauteur du cœur, ne pas parler pendant la mesure.
        - Règle des 3 : 3 mesures le matin (avant le petit-déjeuner et avant la prise du Triatec), 3 mesures le soir avant le coucher, à 1 minute d'intervalle, 3 jours de suite.
        - Noter toutes les valeurs sur le relevé (PAS/PAD et pouls).
        - Seuil : une moyenne ≥ 135/85 mmHg en automesure correspond à une HTA non contrôlée.
        - Ne pas modifier son traitement soi-même. Apporter le relevé à la consultation du 12/12/2025.
        - Si PA ≥ 180/110 mmHg avec maux de tête, douleur thoracique ou troubles de la vue : appeler le 15.
        """,
        """
        Mesurer sa tension à la maison
        Le matériel : un tensiomètre de bras, avec un brassard à votre taille.
        Installez-vous au calme, assis depuis cinq minutes, le dos appuyé, le bras posé sur la table à hauteur du cœur, et ne parlez pas pendant la mesure.
        Trois jours de suite, faites trois mesures chaque matin, avant le petit-déjeuner et avant votre comprimé de ramipril 5 mg, puis trois mesures chaque soir avant d'aller au lit, en laissant une minute entre chaque mesure.
        Notez chaque résultat : la tension (maxima et minima) et le pouls.
        Si la moyenne atteint 13,5/8,5 ou plus, votre tension n'est pas contrôlée. Ne modifiez pas votre traitement vous-même : apportez le relevé à votre consultation du 12 décembre 2025.
        Si votre tension atteint ou dépasse 18/11 avec un mal de tête, une douleur dans la poitrine ou des troubles de la vue, appelez le 15.
        """,
    ),
]
