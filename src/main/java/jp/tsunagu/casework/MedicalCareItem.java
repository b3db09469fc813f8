package jp.tsunagu.casework;

/**
 * Items of the national medical care judgement score (医療的ケア判定スコア, 2021). Only the items
 * are stored; the score itself is what the physician gives ({@link ChildCase#getPhysicianScore()}).
 */
public enum MedicalCareItem {
    VENTILATOR("人工呼吸器の管理"),
    TRACHEOSTOMY("気管切開の管理"),
    NASOPHARYNGEAL_AIRWAY("鼻咽頭エアウェイの管理"),
    OXYGEN("酸素療法"),
    SUCTION("吸引"),
    NEBULIZER("ネブライザーの管理"),
    TUBE_FEEDING("経管栄養"),
    TUBE_FEEDING_CONTINUOUS_PUMP("経管栄養（持続注入ポンプ使用）"),
    CENTRAL_VENOUS_CATHETER("中心静脈カテーテルの管理"),
    INJECTION("皮下注射"),
    BLOOD_GLUCOSE("血糖測定"),
    DIALYSIS("継続的な透析"),
    CATHETERIZATION("導尿"),
    BOWEL_MANAGEMENT("排便管理"),
    SEIZURE_TREATMENT("痙攣時の対応");

    private final String label;

    MedicalCareItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
