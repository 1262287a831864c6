import { ENTITIES, KiError, oldKeyNote, resolveEntity } from "../../src/model";

function errorOf(input: string): KiError {
  try {
    resolveEntity(input);
  } catch (error) {
    if (error instanceof KiError) return error;
    throw error;
  }
  throw new Error(`resolveEntity(${input}) did not throw`);
}

describe("resolveEntity: accepted forms", () => {
  test.each([
    ["05358", "05358"],
    ["5358", "05358"],
    [" 05 358 ", "05358"],
    ["05334002", "05334002"],
    ["5334002", "05334002"],
    ["05111000", "05111"], // 8-digit municipal key of a kreisfreie Stadt
    ["Kreis Düren", "05358"],
    ["Düren", "05358"],
    ["dueren", "05358"],
    ["DÜREN ", "05358"],
    ["Düren, Kreis", "05358"],
    ["Landkreis Düren", "05358"],
    ["Mülheim an der Ruhr", "05117"],
    ["Mülheim a.d. Ruhr", "05117"],
    ["Muelheim an der Ruhr", "05117"],
    ["Mülheim/Ruhr", "05117"],
    ["Mülheim", "05117"],
    ["Stadt Mülheim an der Ruhr", "05117"],
    ["Stadt Aachen", "05334002"],
    ["Aachen, Stadt", "05334002"],
    ["kreisfreie Stadt Aachen", "05334002"],
    ["StädteRegion Aachen", "05334"],
    ["Städteregion", "05334"],
    ["Staedteregion Aachen", "05334"],
    ["STAEDTEREGION", "05334"],
    ["Köln", "05315"],
    ["Koeln", "05315"],
    ["Stadt Köln", "05315"],
    ["Köln, Stadt", "05315"],
    ["Münster", "05515"],
    ["Muenster", "05515"],
    ["Gütersloh", "05754"],
    ["Guetersloh", "05754"],
    ["Kreis Höxter", "05762"],
    ["Hoexter", "05762"],
    ["Märkischer Kreis", "05962"],
    ["Maerkischer Kreis", "05962"],
    ["Rhein-Sieg-Kreis", "05382"],
    ["Rhein Sieg Kreis", "05382"],
    ["Rhein-Sieg", "05382"],
    ["Kreis Rhein-Sieg", "05382"],
    ["Rhein-Kreis Neuss", "05162"],
    ["Kreis Neuss", "05162"],
    ["Ennepe-Ruhr-Kreis", "05954"],
    ["Ennepe-Ruhr", "05954"],
    ["Hochsauerlandkreis", "05958"],
    ["Hochsauerland", "05958"],
    ["Oberbergischer Kreis", "05374"],
    ["Rheinisch-Bergischer Kreis", "05378"],
    ["Minden-Lübbecke", "05770"],
    ["Kreis Minden-Luebbecke", "05770"],
    ["Siegen-Wittgenstein", "05970"],
    ["Landeshauptstadt Düsseldorf", "05111"],
    ["Duesseldorf", "05111"],
    ["Bundesstadt Bonn", "05314"],
    ["Kreis Kleve", "05154"],
  ])("%p -> %s", (input, key) => {
    expect(resolveEntity(input).key).toBe(key);
  });

  test("numbers as Excel passes them", () => {
    expect(resolveEntity(5358).key).toBe("05358");
  });

  test("every entity resolves by key, name and full name", () => {
    for (const entity of ENTITIES) {
      expect(resolveEntity(entity.key)).toBe(entity);
      expect(resolveEntity(entity.fullName)).toBe(entity);
      if (!entity.name.endsWith("Aachen")) expect(resolveEntity(entity.name)).toBe(entity);
    }
  });
});

describe("resolveEntity: refused forms", () => {
  test.each(["Aachen", "aachen ", "Kreis Aachen", "AACHEN"])("%p is ambiguous, listing both", (input) => {
    const error = errorOf(input);
    expect(error.code).toBe("mehrdeutig");
    expect(error.candidates).toEqual(["05334", "05334002"]);
    expect(error.message).toContain("StädteRegion Aachen (05334)");
    expect(error.message).toContain("Stadt Aachen (05334002)");
  });

  test.each([
    ["Stadt Düren", "05358", "Kreis Düren"],
    ["Stadt Kleve", "05154", "Kreis Kleve"],
    ["Stadt Rhein-Sieg", "05382", "Rhein-Sieg-Kreis"],
  ])("%p is a town inside a Kreis: not found, naming the Kreis", (input, key, name) => {
    const error = errorOf(input);
    expect(error.code).toBe("nicht_gefunden");
    expect(error.candidates).toEqual([key]);
    expect(error.message).toContain(name);
  });

  test.each([
    ["Kreis Köln", "05315"],
    ["Kreis Bochum", "05911"],
  ])("%p: a kreisfreie Stadt is no Kreis", (input, key) => {
    const error = errorOf(input);
    expect(error.code).toBe("nicht_gefunden");
    expect(error.candidates).toEqual([key]);
    expect(error.message).toContain("kreisfreie Stadt, kein Kreis");
  });

  test.each([
    ["Dürn", "05358"],
    ["Duerne", "05358"],
    ["Dusseldorf", "05111"],
    ["Siegen", "05970"],
    ["Wittgenstein", "05970"],
    ["Gütersloch", "05754"],
  ])("unknown %p suggests the nearest names", (input, key) => {
    const error = errorOf(input);
    expect(error.code).toBe("nicht_gefunden");
    expect(error.candidates[0]).toBe(key);
    expect(error.message).toContain("Meinten Sie");
  });

  test.each(["05999", "99", "0511"])("unknown key %p", (input) => {
    expect(errorOf(input).code).toBe("nicht_gefunden");
  });

  test("a municipal key inside a Kreis names the Kreis", () => {
    const error = errorOf("05358008");
    expect(error.code).toBe("nicht_gefunden");
    expect(error.candidates).toEqual(["05358"]);
  });

  test.each(["", "   "])("empty input %p is invalid", (input) => {
    expect(errorOf(input).code).toBe("ungueltig");
  });
});

describe("old keys (second source review)", () => {
  test.each([
    ["05313", "05334002"],
    ["5313", "05334002"],
    ["05313000", "05334002"],
    ["05354", "05334"],
    [5354, "05334"],
  ])("%s resolves to its successor %s, with a note", (input, successor) => {
    expect(resolveEntity(input).key).toBe(successor);
    expect(oldKeyNote(input)).toMatch(/alte[nr]? Schlüssel/);
  });

  test("a current key has no old-key note", () => {
    expect(oldKeyNote("05334")).toBeUndefined();
  });
});
