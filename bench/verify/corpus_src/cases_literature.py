from . import E, case

G = "literature_synthesis"

# All references below are fictional (authors, journals, DOIs under the 10.5555
# test prefix, PMIDs in an unassigned range).

CASES = [
    # ------------------------------------------------------------------ ls-001
    case(
        "ls-001",
        G,
        """
        Références fournies pour la synthèse : déprescription des inhibiteurs de la pompe à protons (IPP) chez le sujet âgé

        [1] Lebrun A, Caillaud M, Ferreira P, et al. Déprescription des IPP en EHPAD : essai randomisé en grappes. Rev Fr Gériatr Clin. 2021;14(3):211-219. doi:10.5555/rfgc.2021.0311. PMID 91022314.
        Résumé : 24 EHPAD (1 146 résidents sous IPP sans indication validée) ont été randomisés entre une intervention pharmaceutique de déprescription et les soins usuels. À 6 mois, l'IPP était arrêté ou réduit chez 58 % des résidents du groupe intervention contre 12 % du groupe contrôle. Les récidives symptomatiques nécessitant une reprise concernaient 14 % des résidents déprescrits. Aucune hémorragie digestive haute n'a été observée.

        [2] Nguyen T, Morel C, Da Silva R. Arrêt progressif versus brutal des IPP : étude prospective en médecine générale. Ann Soins Prim. 2019;7(2):88-95. doi:10.5555/asp.2019.0207.
        Résumé : 312 patients de 65 ans et plus. La décroissance progressive sur 4 semaines était associée à moins de rebond acide symptomatique que l'arrêt brutal (19 % contre 31 %, p = 0,02). Le taux de maintien sans IPP à 1 an était de 63 %.

        [3] Haddad S, Pelletier J, et al. Usage prolongé des IPP et risque de fracture : cohorte nationale. Bull Épidémiol Pharm. 2022;31:45-53. PMID 91477620.
        Résumé : cohorte de 402 000 sujets de plus de 65 ans ; l'utilisation d'IPP pendant plus de 1 an était associée à un risque accru de fracture de hanche (HR ajusté 1,21 ; IC 95 % 1,12–1,31). Le caractère observationnel de l'étude ne permet pas de conclure à une causalité.
        """,
        """
        La déprescription des IPP chez le sujet âgé est faisable. Dans un essai randomisé en grappes mené dans 24 EHPAD, une intervention pharmaceutique a permis l'arrêt ou la réduction de l'IPP chez 58 % des résidents contre 12 % avec les soins usuels, avec 14 % de reprises pour récidive symptomatique et sans hémorragie digestive haute (Lebrun et al., 2021). En médecine générale, une décroissance progressive sur 4 semaines entraîne moins de rebond acide que l'arrêt brutal (19 % contre 41 %), 63 % des patients restant sans IPP à 1 an (Nguyen et al., 2017). Enfin, l'usage d'un IPP pendant plus d'un an est associé à un sur-risque de fracture de hanche (HR ajusté 1,21 ; IC 95 % 1,12–1,31), sans preuve de causalité compte tenu du caractère observationnel de l'étude (Haddad et al., 2022).
        """,
        [
            E("number", "41 %", "31 %", "Rebond acide après arrêt brutal : 31 %, pas 41 %."),
            E(
                "citation",
                "Nguyen et al., 2017",
                "Ann Soins Prim. 2019",
                "L'étude de Nguyen et al. est de 2019.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ls-002 (clean)
    case(
        "ls-002",
        G,
        """
        Références fournies : colchicine à faible dose en prévention cardiovasculaire secondaire

        [1] Arnaud P, Bensaïd L, Roche F, et al. Colchicine 0,5 mg/j après infarctus du myocarde : essai multicentrique. Cardiol Rev Fr. 2020;48(6):402-411. doi:10.5555/crf.2020.0648.
        Résumé : 2 210 patients randomisés dans les 30 jours suivant un infarctus entre colchicine 0,5 mg une fois par jour et placebo ; suivi médian de 22 mois. Critère composite (décès cardiovasculaire, arrêt cardiaque récupéré, infarctus, AVC, hospitalisation urgente pour angor menant à une revascularisation) : 5,6 % contre 7,4 % (HR 0,76 ; IC 95 % 0,59–0,97). Diarrhée : 9,1 % contre 8,7 %. Pneumopathies : 0,9 % contre 0,4 %.

        [2] Villeneuve C, Okafor E. Tolérance digestive de la colchicine à faible dose en prévention secondaire : registre. J Méd Interne Prat. 2022;19(1):33-39. PMID 91633021.
        Résumé : 845 patients ; arrêt pour intolérance digestive chez 11 % à 6 mois, surtout au cours du premier mois. Pas d'élévation significative des CPK. Prudence en cas d'association à une statine à forte dose et de clairance < 50 mL/min.

        [3] Sato K, Lemaire D, et al. Colchicine et interactions médicamenteuses : revue. Eur J Clin Pharm Pract. 2021;12:150-161. doi:10.5555/ejcpp.2021.12150.
        Résumé : les inhibiteurs puissants du CYP3A4 et de la P-gp (clarithromycine, ciclosporine, vérapamil) augmentent fortement l'exposition à la colchicine ; l'association avec la clarithromycine est contre-indiquée.
        """,
        """
        Chez les patients ayant récemment fait un infarctus, la colchicine à faible dose (500 µg une fois par jour) a réduit le critère composite d'événements cardiovasculaires de 7,4 % à 5,6 % sur un suivi médian de 22 mois (HR 0,76 ; IC à 95 % 0,59 à 0,97), au prix d'un léger excès de pneumopathies (0,9 % contre 0,4 %) et sans différence notable de diarrhée (Arnaud et al., 2020). En vie réelle, 11 % des patients l'interrompent pour intolérance digestive à 6 mois, le plus souvent au cours du premier mois ; la prudence est de mise avec une statine à forte dose et lorsque la clairance est inférieure à 50 mL/min (Villeneuve et Okafor, 2022). Les inhibiteurs puissants du CYP3A4 et de la P-gp (clarithromycine, ciclosporine, vérapamil) augmentent fortement l'exposition à la colchicine, l'association à la clarithromycine étant contre-indiquée (Sato et al., 2021).
        """,
    ),
    # ------------------------------------------------------------------ ls-003
    case(
        "ls-003",
        G,
        """
        Références fournies : vitamine D, chutes et fractures chez le sujet âgé

        [1] Fournier-Lavigne C, Abadie J, et al. Supplémentation mensuelle en vitamine D et chutes chez les plus de 70 ans : essai randomisé. Rev Fr Gériatr Clin. 2019;12(4):301-310. doi:10.5555/rfgc.2019.0412.
        Résumé : 1 520 sujets sans carence sévère randomisés entre cholécalciférol 100 000 UI par mois et placebo pendant 24 mois. La supplémentation n'a pas réduit le taux de chutes (incidence relative 1,02 ; IC 95 % 0,91–1,15). Hypercalcémies : 0,4 %.

        [2] Ibrahim N, Walter G. Vitamine D quotidienne et fractures chez les résidents d'EHPAD carencés : cohorte. Ann Soins Prim. 2021;9(1):12-20. PMID 91288410.
        Résumé : 2 034 résidents avec une 25-OH-D < 10 ng/mL ; la supplémentation quotidienne (800 à 1 000 UI/j) était associée à une réduction des fractures non vertébrales (HR 0,81 ; IC 95 % 0,68–0,96).

        [3] Colas B, et al. Fortes doses annuelles de vitamine D et chutes : analyse post-hoc. Int J Geriatr Pharmacother. 2020;5:77-84. doi:10.5555/ijgp.2020.0577.
        Résumé : les bolus annuels ≥ 300 000 UI étaient associés à une augmentation des chutes dans les 3 mois suivant l'administration (RR 1,31 ; IC 95 % 1,05–1,63).
        """,
        """
        Chez les plus de 70 ans sans carence sévère, une supplémentation mensuelle de 100 000 UI de cholécalciférol pendant 24 mois a réduit le taux de chutes (incidence relative 1,02 ; IC 95 % 0,91–1,15), avec 0,4 % d'hypercalcémies (Fournier-Lavigne et al., 2019). Chez des résidents d'EHPAD carencés (25-OH-D < 10 ng/mL), un apport quotidien de 800 à 1 000 UI était associé à moins de fractures non vertébrales (HR 0,81 ; IC 95 % 0,68–0,96) (Ibrahim et Walter, 2021). Les bolus annuels d'au moins 300 000 UI étaient, eux, associés à davantage de chutes dans les 3 mois suivants (RR 1,31 ; IC 95 % 1,05–1,63) (Colas et al., 2020 ; Mercier et al., 2018).
        """,
        [
            E(
                "negation",
                "a réduit le taux de chutes",
                "n'a pas réduit le taux de chutes",
                "Essai négatif présenté comme positif.",
            ),
            E(
                "citation",
                "Mercier et al., 2018",
                None,
                "Référence absente de la liste fournie (inventée).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ls-004
    case(
        "ls-004",
        G,
        """
        Références fournies : metformine et vitamine B12

        [1] Perrot L, Gaillard S, et al. Carence en vitamine B12 sous metformine au long cours : étude transversale. J Méd Interne Prat. 2018;15(2):120-127. doi:10.5555/jmip.2018.0152.
        Résumé : 612 diabétiques de type 2 traités par metformine depuis au moins 4 ans ; prévalence de la carence en B12 (< 150 pmol/L) de 18 % contre 6 % chez les non-traités. Risque associé à la dose (≥ 2 000 mg/j : OR 2,4 ; IC 95 % 1,5–3,8).

        [2] Kowalski J, Benhamou R. Neuropathie périphérique et statut en B12 sous metformine : cohorte prospective. Diabète Métab Clin. 2021;27:210-218. doi:10.5555/dmc.2021.0273.
        Résumé : sur 3 ans de suivi de 958 patients, une B12 basse était associée à une incidence plus élevée de neuropathie périphérique (HR 1,45 ; IC 95 % 1,10–1,92).

        [3] Da Costa M, Lefebvre H. Dépistage de la carence en B12 chez les patients sous metformine : enquête de pratiques. Ann Soins Prim. 2023;11(1):40-46. PMID 91790112.
        Résumé : parmi 420 médecins généralistes interrogés, 23 % déclaraient doser la B12 au moins une fois tous les 2 ans chez leurs patients sous metformine.
        """,
        """
        La carence en vitamine B12 est fréquente sous metformine au long cours : 18 % des patients traités depuis au moins 4 ans contre 6 % des non-traités, avec un effet dose (≥ 2 000 mg/j : OR 2,4) (Perrot et al., 2018 ; doi:10.5555/jmip.2018.0152). Elle est associée à une incidence accrue de neuropathie périphérique sur 3 ans (HR 1,45 ; IC 95 % 1,10–1,92) (Kowalski et Benhamou, 2021 ; doi:10.5555/dmc.2021.0237). Pourtant, seuls 23 % des médecins généralistes déclarent doser la B12 au moins une fois tous les 2 ans chez ces patients (Da Costa et Lefebvre, 2023).
        """,
        [
            E(
                "citation",
                "10.5555/dmc.2021.0237",
                "10.5555/dmc.2021.0273",
                "DOI de Kowalski et Benhamou altéré (0273 → 0237).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ls-005 (clean, English abstracts)
    case(
        "ls-005",
        G,
        """
        Reference list (abstracts as retrieved from the bibliographic database)

        [1] Hartmann L, Osei K, Duarte M, et al. Dapagliflozin in outpatients with heart failure and mildly reduced ejection fraction: a randomised trial. Eur Heart Fail Res. 2022;9(4):512-523. doi:10.5555/ehfr.2022.0945.
        Abstract: 4,120 patients with heart failure and mildly reduced ejection fraction were randomised to dapagliflozin 10 mg once daily or placebo. Over a median follow-up of 2.1 years, the primary outcome (worsening heart failure or cardiovascular death) occurred in 14.2% vs 17.9% of patients (HR 0.78; 95% CI 0.68-0.89). Symptomatic hypotension occurred in 3.1% vs 2.8%.

        [2] Moreau-Vidal A, Chen Y. Empagliflozin initiation during hospitalisation for acute heart failure: a pragmatic trial. J Card Pract. 2023;14:88-97. PMID 91850022.
        Abstract: 530 patients hospitalised for acute heart failure were randomised to empagliflozin 10 mg daily or placebo. The clinical benefit (hierarchical composite) at 90 days favoured empagliflozin (win ratio 1.36; 95% CI 1.09-1.68). There was no excess of acute kidney injury.

        [3] Ferris D, Nakagawa T, et al. SGLT2 inhibitors and genital mycotic infections: a meta-analysis. Drug Saf Rev. 2021;6:201-212. doi:10.5555/dsr.2021.0620.
        Abstract: Across 41 trials, genital infections were more frequent with SGLT2 inhibitors (RR 3.2; 95% CI 2.6-3.9); most were mild and responded to standard treatment.
        """,
        """
        Dans l'insuffisance cardiaque à fraction d'éjection modérément réduite, la dapagliflozine 10 mg une fois par jour a réduit le critère composite associant aggravation de l'insuffisance cardiaque et décès cardiovasculaire (14,2 % contre 17,9 % ; HR 0,78 ; IC 95 % 0,68–0,89) sur un suivi médian de 2,1 ans, avec peu d'hypotensions symptomatiques (3,1 % contre 2,8 %) (Hartmann et al., 2022). L'initiation de l'empagliflozine 10 mg par jour pendant l'hospitalisation pour insuffisance cardiaque aiguë apporte un bénéfice clinique à 90 jours (win ratio 1,36 ; IC 95 % 1,09–1,68), sans excès d'insuffisance rénale aiguë (Moreau-Vidal et Chen, 2023). Les infections génitales mycosiques sont plus fréquentes sous inhibiteurs de SGLT2 (RR 3,2 ; IC 95 % 2,6–3,9), mais le plus souvent bénignes et sensibles au traitement habituel (Ferris et al., 2021).
        """,
    ),
    # ------------------------------------------------------------------ ls-006
    case(
        "ls-006",
        G,
        """
        Références fournies : anticoagulants oraux directs chez le sujet très âgé

        [1] Girard-Mensah F, Lopez A, et al. Apixaban versus rivaroxaban chez les patients de 80 ans et plus en fibrillation atriale : cohorte observationnelle. Rev Fr Pharmacoépidémiol. 2023;11(2):98-107. PMID 91722405.
        Résumé : 18 340 patients ; l'apixaban était associé à moins d'hémorragies majeures (HR 0,62 ; IC 95 % 0,53–0,73) et à un taux comparable d'AVC ischémique (HR 0,97 ; IC 95 % 0,81–1,16). Les auteurs concluent que l'apixaban pourrait être préférable chez le sujet très âgé, sous réserve de confirmation par un essai randomisé.

        [2] Benoit M, Tanaka H. Sous-dosage des anticoagulants oraux directs chez le sujet âgé : étude de pratique. Bull Pharm Hosp. 2021;44:61-66. doi:10.5555/bph.2021.4461.
        Résumé : parmi 1 004 prescriptions d'AOD chez des patients de 75 ans et plus, 27 % comportaient une dose réduite non conforme aux critères de l'AMM ; le sous-dosage était associé à un risque accru d'AVC (HR 1,48 ; IC 95 % 1,06–2,07).
        """,
        """
        Chez les patients de 80 ans et plus en fibrillation atriale, l'apixaban est préférable au rivaroxaban : il s'accompagne de moins d'hémorragies majeures (HR 0,62 ; IC 95 % 0,53–0,73) pour un risque d'AVC ischémique comparable (HR 0,97) (Girard-Mensah et al., 2023 ; PMID 91722450). Par ailleurs, 27 % des prescriptions d'AOD chez les 75 ans et plus comportent une dose réduite non conforme à l'AMM, ce sous-dosage étant associé à davantage d'AVC (HR 1,48 ; IC 95 % 1,06–2,07) (Benoit et Tanaka, 2021).
        """,
        [
            E(
                "hypothesis",
                "l'apixaban est préférable au rivaroxaban",
                "l'apixaban pourrait être préférable",
                "Conclusion prudente d'une cohorte (« pourrait », confirmation nécessaire) transformée en certitude.",
            ),
            E("citation", "PMID 91722450", "PMID 91722405", "PMID de Girard-Mensah et al. altéré."),
        ],
    ),
    # ------------------------------------------------------------------ ls-007
    case(
        "ls-007",
        G,
        """
        Références fournies : durée de l'antibiothérapie dans la pneumonie communautaire

        [1] Delmas R, Ait-Ouali S, Pichon E, et al. Trois versus huit jours d'amoxicilline dans la pneumonie communautaire de l'adulte hospitalisé stabilisé : essai de non-infériorité. Rev Mal Infect Clin. 2021;33(5):380-389. doi:10.5555/rmic.2021.0533.
        Résumé : 310 patients stabilisés à J3 randomisés entre arrêt de l'amoxicilline à J3 et poursuite jusqu'à J8 ; guérison à J15 : 77 % contre 68 % (différence 9,4 points ; IC 95 % −0,9 à 19,6) ; non-infériorité démontrée. Effets indésirables : 14 % contre 19 %.

        [2] Keller M, Rossi A. Durée de l'antibiothérapie et résistances digestives : étude ancillaire. Antibiotiques Pratique. 2022;24:14-21. PMID 91699876.
        Résumé : le portage d'entérobactéries productrices de BLSE à J30 était de 6 % après traitement court contre 11 % après traitement long (p = 0,09 ; différence non significative).

        [3] Simon-Leroux J, et al. Pneumonie communautaire : adhésion aux durées courtes en médecine de ville. Ann Soins Prim. 2023;11(3):150-156. doi:10.5555/asp.2023.1131.
        Résumé : dans 1 210 prescriptions, la durée médiane d'antibiothérapie était de 8 jours ; 22 % des prescriptions respectaient une durée ≤ 5 jours.
        """,
        """
        Chez l'adulte hospitalisé pour une pneumonie communautaire et stabilisé à J3, l'arrêt de la lévofloxacine à J3 est non inférieur à sa poursuite jusqu'à J8 (guérison à J15 : 77 % contre 68 %), avec moins d'effets indésirables (14 % contre 19 %) (Delmas et al., 2021). Le traitement court tend à réduire le portage d'entérobactéries BLSE à J30 (6 % contre 11 %), sans différence significative (Keller et Rossi, 2020). En ville, la durée médiane reste de 8 jours et seules 22 % des prescriptions respectent une durée de 5 jours au plus (Simon-Leroux et al., 2023).
        """,
        [
            E("drug", "lévofloxacine", "amoxicilline", "L'essai portait sur l'amoxicilline."),
            E(
                "citation",
                "Keller et Rossi, 2020",
                "Antibiotiques Pratique. 2022",
                "L'étude de Keller et Rossi est de 2022.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ls-008 (clean)
    case(
        "ls-008",
        G,
        """
        Références fournies : mélatonine et hypnotiques chez le sujet âgé

        [1] Lambert-Cohen E, Durieux P, et al. Mélatonine à libération prolongée 2 mg chez les patients de 55 ans et plus souffrant d'insomnie : essai contrôlé. Rev Fr Méd Sommeil. 2019;6(1):20-28. doi:10.5555/rfms.2019.0601.
        Résumé : 420 patients randomisés entre mélatonine LP 2 mg, prise 1 à 2 heures avant le coucher, et placebo pendant 13 semaines. La latence d'endormissement diminuait de 19 minutes contre 10 minutes sous placebo. Pas d'effet rebond ni de syndrome de sevrage à l'arrêt.

        [2] Olivier N, Faure T. Sevrage des hypnotiques avec relais par mélatonine en médecine générale. Ann Soins Prim. 2022;10(2):60-67. PMID 91533217.
        Résumé : 186 patients sous zolpidem ou zopiclone depuis plus de 6 mois ; sevrage progressif sur 8 semaines avec mélatonine LP ; à 6 mois, 54 % étaient sevrés contre 38 % avec la décroissance seule (p = 0,03).

        [3] Nakamura S, Bernard L. Chutes nocturnes et hypnotiques chez le sujet âgé : étude cas-témoins. Int J Geriatr Pharmacother. 2021;6:33-40. doi:10.5555/ijgp.2021.0633.
        Résumé : l'exposition aux hypnotiques apparentés aux benzodiazépines était associée à un risque accru de chute nocturne (OR 1,9 ; IC 95 % 1,4–2,6), alors que la mélatonine ne l'était pas (OR 1,1 ; IC 95 % 0,7–1,7).
        """,
        """
        Chez le sujet âgé, les hypnotiques apparentés aux benzodiazépines sont associés à davantage de chutes nocturnes (OR 1,9 ; IC 95 % 1,4–2,6), contrairement à la mélatonine (OR 1,1 ; IC 95 % 0,7–1,7) (Nakamura et Bernard, 2021). Chez les 55 ans et plus, la mélatonine à libération prolongée, à la dose de 2 mg prise une à deux heures avant le coucher, raccourcit la latence d'endormissement de 19 minutes, contre 10 minutes sous placebo, après 13 semaines de traitement, sans rebond ni sevrage à l'arrêt (Lambert-Cohen et al., 2019). Elle facilite en outre l'arrêt du zolpidem ou de la zopiclone : avec une décroissance sur 8 semaines, 54 % des patients étaient sevrés à 6 mois contre 38 % sans mélatonine (Olivier et Faure, 2022).
        """,
    ),
    # ------------------------------------------------------------------ ls-009
    case(
        "ls-009",
        G,
        """
        Reference list (abstracts as provided by the requester)

        [1] Okonkwo B, Lindqvist A, et al. Tranexamic acid to prevent recurrence of chronic subdural haematoma: a randomised placebo-controlled trial. Neurosurg Clin Res. 2021;18:233-241. doi:10.5555/ncr.2021.0233.
        Abstract: 890 patients who underwent burr-hole drainage received tranexamic acid 500 mg twice daily or placebo for 20 weeks. Recurrence requiring surgery occurred in 5.9% vs 6.6% (OR 0.88; 95% CI 0.50-1.55). Thromboembolic events occurred in 1.6% vs 1.1%.

        [2] Petit-Renaud M, Alvarez J. Atorvastatin 20 mg after drainage of chronic subdural haematoma: a pilot study. J Neurol Pract. 2022;7:40-46. PMID 91610082.
        Abstract: In 96 patients, recurrence occurred in 8% with atorvastatin vs 15% with usual care (p = 0.28); the study was underpowered.
        """,
        """
        Après drainage d'un hématome sous-dural chronique, l'acide tranexamique 500 mg deux fois par jour pendant 20 semaines n'a pas réduit significativement les récidives nécessitant une réintervention (5,9 % contre 6,6 % ; OR 0,88 ; IC 95 % 0,50–1,55), avec 1,6 % d'événements thromboemboliques contre 1,1 % sous placebo (Okonkwo et al., 2021). Avec l'atorvastatine 20 mg, une étude pilote portant sur 69 patients rapporte 8 % de récidives contre 15 % (p = 0,28), sans puissance suffisante pour conclure (Petit-Renaud et Alvarez, 2022 ; Haddad et al., 2020).
        """,
        [
            E("number", "69 patients", "In 96 patients", "L'étude pilote comptait 96 patients."),
            E(
                "citation",
                "Haddad et al., 2020",
                None,
                "Référence absente de la liste fournie (inventée).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ls-010 (clean)
    case(
        "ls-010",
        G,
        """
        Références fournies : traitement de la cystite aiguë simple

        [1] Carré S, Mbaye A, et al. Fosfomycine-trométamol en dose unique versus pivmécillinam 400 mg deux fois par jour pendant 5 jours dans la cystite aiguë simple : essai randomisé. Rev Mal Infect Clin. 2020;32(4):250-258. doi:10.5555/rmic.2020.0424.
        Résumé : 512 femmes de 18 à 65 ans randomisées entre fosfomycine-trométamol 3 g en dose unique et pivmécillinam 400 mg deux fois par jour pendant 5 jours ; guérison clinique à J28 : 58 % (fosfomycine) contre 72 % (pivmécillinam), soit une différence de 14 points (IC 95 % 6–22). Effets indésirables digestifs comparables.

        [2] Mercier-Diallo L. Résistance d'E. coli urinaire communautaire en France : données 2022. Bull Épidémiol Pharm. 2023;32:12-19. PMID 91806633.
        Résumé : 41 250 souches analysées ; résistance à la fosfomycine 1,2 %, au pivmécillinam 5,8 %, à l'amoxicilline-acide clavulanique 28 %, aux fluoroquinolones 14 %.
        """,
        """
        Dans la cystite aiguë simple de la femme de 18 à 65 ans, le pivmécillinam 400 mg matin et soir pendant cinq jours guérit davantage que la fosfomycine-trométamol 3 g en prise unique (72 % contre 58 % à J28, soit 14 points d'écart ; IC 95 % 6–22), avec une tolérance digestive comparable (Carré et al., 2020). En France, E. coli urinaire communautaire reste très peu résistant à la fosfomycine (1,2 %) et au pivmécillinam (5,8 %), davantage à l'amoxicilline-acide clavulanique (28 %) et aux fluoroquinolones (14 %) (Mercier-Diallo, 2023).
        """,
    ),
    # ------------------------------------------------------------------ ls-011
    case(
        "ls-011",
        G,
        """
        Références fournies : statines après 75 ans

        [1] Rousseau M, Hakimi D, et al. Arrêt des statines en prévention primaire après 75 ans : cohorte nationale. Rev Fr Gériatr Clin. 2022;15(1):10-19. doi:10.5555/rfgc.2022.1501.
        Résumé : 120 173 sujets ; l'arrêt des statines était associé à une augmentation des hospitalisations pour événement cardiovasculaire (HR 1,33 ; IC 95 % 1,18–1,50).

        [2] Benali F, Clément O. Douleurs musculaires sous statine : essai n-of-1 en aveugle. J Méd Interne Prat. 2021;18(4):300-306. doi:10.5555/jmip.2021.1843.
        Résumé : chez 200 patients ayant arrêté une statine pour des myalgies, les symptômes étaient similaires sous atorvastatine 20 mg et sous placebo (différence moyenne de 0,11 point sur une échelle de 0 à 10, non significative) ; 50 % des patients ont repris la statine.

        [3] Tessier G, et al. Rosuvastatine 5 mg et fonction cognitive après 80 ans : essai pilote. Ann Soins Prim. 2020;8(4):201-207. PMID 91355108.
        Résumé : 140 patients ; pas de différence du MMSE à 12 mois entre rosuvastatine 5 mg et placebo.
        """,
        """
        Après 75 ans en prévention primaire, l'arrêt des statines est associé à davantage d'hospitalisations pour événement cardiovasculaire (HR 1,33 ; IC 95 % 1,18–1,50) (Roussel et al., 2022). Dans un essai n-of-1 en aveugle, les myalgies sous atorvastatine 20 mg ne différaient pas de celles ressenties sous placebo, et 50 % des patients ont repris leur statine (Benali et Clément, 2021). Chez les plus de 80 ans, la rosuvastatine 5 mg ne modifie pas le MMSE à 12 mois par rapport au placebo (Tessier et al., 2020).
        """,
        [
            E(
                "citation",
                "Roussel et al., 2022",
                "Rousseau M, Hakimi D, et al.",
                "Premier auteur erroné (Rousseau, pas Roussel) : référence non retrouvée.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ ls-012
    case(
        "ls-012",
        G,
        """
        Références fournies : prégabaline — mésusage et sécurité (synthèse demandée par le comité du médicament)

        [1] Gautier É, Nasri K, et al. Mésusage de la prégabaline en France : analyse des ordonnances falsifiées 2018-2021. Bull Épidémiol Pharm. 2022;31:70-78. doi:10.5555/bep.2022.3170.
        Résumé : la prégabaline représentait 24 % des ordonnances falsifiées signalées en 2021 contre 9 % en 2018. Les doses revendiquées dépassaient 600 mg/j dans 37 % des cas. Les demandes émanaient majoritairement d'hommes de 18 à 35 ans.

        [2] Lopes R, Fontaine C. Prégabaline et dépression respiratoire en association aux opioïdes : série de cas. Thérapie Prat. 2020;75:410-415. PMID 91244478.
        Résumé : 46 cas de dépression respiratoire ; une association à un opioïde (tramadol, morphine, méthadone) était retrouvée dans 80 % des cas. Âge médian : 52 ans. Deux décès.

        [3] Wagner T, Le Goff A, et al. Gabapentine versus prégabaline dans la douleur neuropathique diabétique : essai croisé. J Méd Interne Prat. 2021;18(2):140-148. doi:10.5555/jmip.2021.1822.
        Résumé : 132 patients ; pas de différence significative d'efficacité sur l'EVA entre gabapentine (jusqu'à 3 600 mg/j) et prégabaline (jusqu'à 600 mg/j) ; somnolence plus fréquente sous prégabaline (31 % contre 22 %).

        [4] Roux-Delorme C. Prégabaline chez le sujet âgé : chutes et confusion. Rev Fr Gériatr Clin. 2023;16(2):88-94. doi:10.5555/rfgc.2023.1602.
        Résumé : cohorte de 3 210 patients de 75 ans et plus ; l'initiation de prégabaline était associée à un risque accru de chute dans les 30 jours (HR 1,42 ; IC 95 % 1,15–1,75), surtout pour des doses initiales ≥ 150 mg/j.
        """,
        """
        Le mésusage de la prégabaline progresse en France : elle représentait 24 % des ordonnances falsifiées signalées en 2021 contre 9 % en 2018, avec des doses revendiquées supérieures à 600 mg/j dans 37 % des cas (Gautier et al., 2022). Associée aux opioïdes (tramadol, morphine, oxycodone), elle expose à des dépressions respiratoires : une association était retrouvée dans 80 % des 46 cas rapportés (Lopes et Fontaine, 2020). Dans la douleur neuropathique diabétique, la gabapentine (jusqu'à 3 600 mg/j) et la prégabaline (jusqu'à 600 mg/j) ont une efficacité comparable, la somnolence étant plus fréquente sous prégabaline (31 % contre 22 %) (Wagner et al., 2012). Chez les 75 ans et plus, son initiation est associée à un risque accru de chute dans les 30 jours (HR 1,42 ; IC 95 % 1,15–1,75), en particulier à partir de 150 mg/j d'emblée (Roux-Delorme, 2023).
        """,
        [
            E(
                "drug",
                "oxycodone",
                "méthadone",
                "Les opioïdes cités dans la série sont tramadol, morphine et méthadone.",
            ),
            E(
                "citation",
                "Wagner et al., 2012",
                "J Méd Interne Prat. 2021",
                "L'essai de Wagner et al. est de 2021.",
            ),
        ],
    ),
]
