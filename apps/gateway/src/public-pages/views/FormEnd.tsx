// What ends both public forms (the contact form, the application): a trap for robots, which fill every
// field (people never see it; screen readers are told to leave it), and the submit button.
export function FormEnd({ trapId, trapLabel, submit }: { trapId: string; trapLabel: string; submit: string }) {
  return (
    <>
      <div className="hp">
        <label htmlFor={trapId}>{trapLabel}</label>
        <input id={trapId} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p>
        <button className="button" type="submit">
          {submit}
        </button>
      </p>
    </>
  );
}
