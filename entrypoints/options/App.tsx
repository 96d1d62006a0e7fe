export default function App() {
  return <main><h1>QuoteLens options</h1></main>;
}
