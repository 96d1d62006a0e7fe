interface Props {
  value: string;
  onInput: (value: string) => void;
}

/** The popup's filter: a speaker or words; the list narrows as the reader types. */
export default function FilterBox({ value, onInput }: Props) {
  return (
    <div class="filter" role="search">
      <label for="filter-input">Filter</label>
      <input
        id="filter-input"
        type="search"
        data-testid="filter"
        placeholder="Speaker or words"
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
